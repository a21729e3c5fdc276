// `pnpm docs`: the API reference of the published packages, from their sources, into docs/api.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
export default {
  name: "convintel API reference",
  entryPointStrategy: "packages",
  entryPoints: ["../packages/client", "../packages/testing", "../packages/fetch", "../packages/types"],
  packageOptions: {
    entryPoints: ["src/index.ts"],
    excludePrivate: true,
    excludeInternal: true,
    readme: "none",
    disableSources: true,
    disableGit: true,
    // openapi-typescript writes the spec's descriptions as @description.
    blockTags: [...OptionDefaults.blockTags, "@description"],
    validation: { notExported: false, invalidLink: true, notDocumented: false },
  },
  readme: "../README.md",
  out: "../docs/api",
  includeVersion: true,
  disableSources: true,
  disableGit: true,
  treatWarningsAsErrors: true,
};
