"""E-signatures of organizers' e-documents: verification, the register's trust store and CRLs."""
