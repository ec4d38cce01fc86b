// Whether a load, an import or a switch of workspaces runs: a save asked
// for, or a change another tab saved, meanwhile is done (or followed, or
// asked about) once it is over.
import { hooks } from '../state.js';

// Loads running now.
export let loading = 0;
// A save asked for, or a change another tab announced, while this tab
// was loading.
let recheck = false;

export function recheckLater() { recheck = true; }

export async function whileLoading(work) {
  loading += 1;
  try {
    return await work();
  } finally {
    loading -= 1;
    if (!loading && recheck) {
      recheck = false;
      // The save writes this tab's state, asks which to keep, or shows
      // the newer workspace another tab stored.
      hooks.persist();
    }
  }
}
