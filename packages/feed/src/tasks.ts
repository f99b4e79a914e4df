/**
 * Sharing the main thread: long work (validating a national feed, rendering thousands of items) is done
 * in slices, and between them the page handles input and paints.
 */

/**
 * Resolves in a new task, after whatever the page has waiting (input first): `scheduler.yield()` where
 * the browser has it, else a message to itself (a timer would be clamped to 4 ms after a few).
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(0);
  });
}
