"""akimat_desk: the register of peaceful-assembly filings under Law No. 333-VI of the Republic of Kazakhstan."""

__version__ = "0.1.0"
