import { useState } from "react";
import { Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import { existingIosChange } from "../../domain/rules/existing-ios.ts";
import { useProgressActions, useProgressSelector } from "../../components/progress/ProgressContext.tsx";
import { useAnnounce } from "../../components/announcer/Announcer.tsx";

const useStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  hint: { color: tokens.colorNeutralForeground2 },
  changed: { color: tokens.colorNeutralForeground1 },
});

/** "We already manage iPhones/iPads with Intune": saved with the progress; shortens the APNs, device limit and ABM items. */
export function ExistingIosSwitch() {
  const styles = useStyles();
  const { dispatch } = useProgressActions();
  const announce = useAnnounce();
  const [changed, setChanged] = useState<string | null>(null);
  const on = useProgressSelector((progress) => progress.meta.managesIosDevices === true);
  return (
    <div className={styles.box} data-testid="existing-ios">
      <Switch
        checked={on}
        label="We already manage iPhones or iPads with Intune"
        onChange={(_, data) => {
          dispatch({ type: "meta/update", patch: { managesIosDevices: data.checked } });
          const sentence = existingIosChange(data.checked);
          setChanged(sentence);
          announce(`Saved. ${sentence}`);
        }}
      />
      <Text size={200} className={styles.hint}>
        Then the Apple MDM push certificate and its Apple Account already exist, enrolled iPhones count toward each user&apos;s device
        limit, and Apple Business Manager may already be connected.
      </Text>
      {changed && (
        <Text size={200} className={styles.changed} data-testid="existing-ios-changed">
          <strong>Changed:</strong> {changed}
        </Text>
      )}
    </div>
  );
}
