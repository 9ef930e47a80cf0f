import { useCallback } from "react";
import {
  Toast,
  ToastTitle,
  ToastTrigger,
  Toaster,
  Link,
  useToastController,
  type ToastIntent,
} from "@fluentui/react-components";

export const TOASTER_ID = "app-toaster";

export function AppToaster() {
  return <Toaster toasterId={TOASTER_ID} position="bottom-end" pauseOnHover pauseOnWindowBlur />;
}

type NotifyOptions = { intent?: ToastIntent; action?: { label: string; onClick: () => void }; timeout?: number };

/** Feedback for every action: a short toast, optionally with one action such as Undo. */
export function useNotify() {
  const { dispatchToast } = useToastController(TOASTER_ID);
  return useCallback(
    (message: string, options: NotifyOptions = {}) => {
      const { intent = "success", action, timeout = action ? 10_000 : 4_000 } = options;
      dispatchToast(
        <Toast>
          <ToastTitle
            action={
              action ? (
                <ToastTrigger>
                  <Link onClick={action.onClick}>{action.label}</Link>
                </ToastTrigger>
              ) : undefined
            }
          >
            {message}
          </ToastTitle>
        </Toast>,
        { intent, timeout },
      );
    },
    [dispatchToast],
  );
}
