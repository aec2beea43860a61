"""Storage of the e-signature area: the trust store, CRLs and signature verdicts."""
