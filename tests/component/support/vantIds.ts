// Vant's useId() returns the bare component name when NODE_ENV is 'test' (vant 4.10,
// composables/use-id), so every van-field gets the same id and `getByLabelText` finds the
// wrong input. Component tests run Vant as in development: unique ids, warnings still on.
process.env.NODE_ENV = 'development'
