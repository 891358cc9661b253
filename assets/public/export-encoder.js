// Encodes the pieces of a JSON export as UTF-8 off the page's main thread, into one Blob (see
// exportJsonBlob in lib/export/json.ts and components/export-encoder.ts). Plain script, no imports.
// Messages in: a string (a piece, in order) or { done: true, type } (send the Blob and start over).
const encoder = new TextEncoder();
let parts = [];
onmessage = (event) => {
  const message = event.data;
  if (typeof message === 'string') {
    parts.push(new Blob([encoder.encode(message)]));
    return;
  }
  const blob = new Blob(parts, { type: message.type });
  parts = [];
  postMessage(blob);
};
