import { examples } from "@convintel/fetch/spec";
import type { CreateConfigurationRequest, IntelligenceConfiguration, UpdateConfigurationRequest } from "@convintel/types";

/** Fresh, mutable copies of the spec's examples (the generated data is deeply readonly). */
export const fixtures = {
  createRequest: () => structuredClone(examples.CreateConfigurationRequest) as unknown as CreateConfigurationRequest,
  updateRequest: () => structuredClone(examples.UpdateConfigurationRequest) as unknown as UpdateConfigurationRequest,
  /** The configuration the update example is written against (its id and rule id). */
  updatedConfiguration: () => structuredClone(examples.UpdatedConfiguration) as unknown as IntelligenceConfiguration,
  createdConfiguration: () => structuredClone(examples.CreatedConfiguration) as unknown as IntelligenceConfiguration,
};
