/**
 * Resolves in a new task of the page's event loop, so that work split across `await
 * nextTask()` lets the browser paint and answer the reader in between: a task over 50 ms is
 * one the reader can feel. A message channel rather than a timer, which browsers delay.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Resolves once the browser has painted what the page changed before the call. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
}
