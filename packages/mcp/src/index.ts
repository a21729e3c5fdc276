export { createIntelligenceMcpServer, type ServerOptions } from "./server.js";
export { tools, type ToolAccess, type ToolDescriptor } from "./generated/tools.js";
