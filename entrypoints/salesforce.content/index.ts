export default defineContentScript({
  matches: ['https://*.lightning.force.com/*'],
  main() {},
});
