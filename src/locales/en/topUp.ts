// English reference copy for this component family (see shared COPY.md). Filled by its owner.
export const topUp = {};
