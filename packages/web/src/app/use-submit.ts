// The one way a form or dialog sends its change to the server: `saving` while
// the request is in flight (for the button's spinner), and a failure either
// shown inside the form (`inline`: the user corrects a field and tries again)
// or as the app's error message. An expired session always goes through the
// common handler, which returns to the login page.
import { useState } from 'react';
import { describeError, handleRequestError } from './error-handler.ts';

export interface Submit {
  saving: boolean;
  /** The failure to show inside the form (inline mode only). */
  error: string | null;
  run: (action: () => Promise<void>) => Promise<void>;
  /** Forget the shown failure (the form was closed). */
  clearError: () => void;
}

export function useSubmit(options: { inline?: boolean; detailOnly?: boolean } = {}): Submit {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function run(action: () => Promise<void>): Promise<void> {
    setSaving(true);
    setError(null);
    try {
      await action();
    } catch (err) {
      const d = describeError(err);
      if (!options.inline || d.needsLogin) handleRequestError(err);
      else setError(options.detailOnly ? d.detail : `${d.title}：${d.detail}`);
    } finally {
      setSaving(false);
    }
  }
  return { saving, error, run, clearError: () => setError(null) };
}
