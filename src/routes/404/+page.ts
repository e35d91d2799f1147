// The 404 page needs no script: its links reload, and it has nothing to hydrate. A static host
// serves it at any depth (`/financing/Credit-Loans`), where relative script paths would miss.
export const csr = false;
