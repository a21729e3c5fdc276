// Nothing: the cold-start bench imports this file to measure what loading any ES module costs.
export {};
