export * from "./saving-order";
