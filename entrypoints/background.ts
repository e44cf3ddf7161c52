export default defineBackground(() => {
  // message router arrives with the store (issue 3)
});
