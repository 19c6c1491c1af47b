region-negev = النقب والجنوب
region-galilee = الجليل والجولان
region-jerusalem = منطقة القدس
region-haifa = حيفا والمروج
region-center = المركز والشارون
region-judea_samaria = يهودا والسامرة
region-other = منطقة أخرى
