from PySide6.QtCharts import QBarSeries, QChart, QChartView, QPieSeries  # noqa: F401
