// A Chrome trace of one tab, over CDP: started before a navigation, stopped after it. Events are
// reported as they are collected (no file), so a trace is read in the same script.

/**
 * Starts tracing `categories` (everything else excluded) in the tab of `cdp`; `stop()` ends it
 * and resolves with the events and whether the buffer lost any.
 */
export async function startTrace(cdp, categories, { bufferKb = 256 * 1024 } = {}) {
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: categories, excludedCategories: ['*'], traceBufferSizeInKb: bufferKb },
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      const { dataLossOccurred } = await complete;
      return { events, dataLossOccurred };
    },
  };
}
