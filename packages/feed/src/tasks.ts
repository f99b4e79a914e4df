/**
 * Sharing the main thread: long work (validating a national feed, rendering thousands of items) is done
 * in slices, and between them the page handles input and paints.
 */

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Resolves in a new task, after whatever the page has waiting (input first): `scheduler.yield()` where
 * the browser has it, else a message to itself (no timer clamping), else a timer (Node).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
