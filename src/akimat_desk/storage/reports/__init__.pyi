"""The public names of ``akimat_desk.storage.reports``: what other areas may use (read at run time too)."""

from .statistics import StatisticsRepository as StatisticsRepository
