// The preload exposes the methods of the contract in src/shared/ipc.ts, nothing generic.
// The contract lands with the main-process issue; until then the window needs nothing.
export {}
