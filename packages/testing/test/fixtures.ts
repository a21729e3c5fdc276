import { examples } from "@convintel/fetch/spec";

/** Fresh copies of the spec's examples, for tests that change them. */
export const fixtures = {
  createRequest: () => structuredClone(examples.CreateConfigurationRequest),
  updateRequest: () => structuredClone(examples.UpdateConfigurationRequest),
  /** The configuration the update example is written against (its id and rule id). */
  updatedConfiguration: () => structuredClone(examples.UpdatedConfiguration),
  createdConfiguration: () => structuredClone(examples.CreatedConfiguration),
};
