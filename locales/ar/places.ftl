region-negev = النقب والجنوب
region-galilee = الجليل والجولان
region-jerusalem = منطقة القدس
region-haifa = حيفا والمروج
region-center = المركز والشارون
region-judea_samaria = يهودا والسامرة
region-other = منطقة أخرى

# The same regions after "in" (Hebrew joins ב to the name: בנגב, not בהנגב)
region-in-negev = في النقب والجنوب
region-in-galilee = في الجليل والجولان
region-in-jerusalem = في منطقة القدس
region-in-haifa = في حيفا والمروج
region-in-center = في المركز والشارون
region-in-judea_samaria = في يهودا والسامرة
region-in-other = في منطقة أخرى
