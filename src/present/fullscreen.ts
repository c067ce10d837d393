/** Enters or leaves full screen; browsers allow it only in answer to a key or a click. */
export async function toggleFullscreen(): Promise<void> {
  try {
    if (document.fullscreenElement) await document.exitFullscreen();
    else await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, or an iframe without permission): presenting goes on windowed.
  }
}
