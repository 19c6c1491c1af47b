region-negev = Негев и юг
region-galilee = Галилея и Голаны
region-jerusalem = Иерусалим и окрестности
region-haifa = Хайфа и долины
region-center = Центр и Шарон
region-judea_samaria = Иудея и Самария
region-other = Другой регион

# The same regions after "in" (Hebrew joins ב to the name: בנגב, not בהנגב)
region-in-negev = в Негеве и на юге
region-in-galilee = в Галилее и на Голанах
region-in-jerusalem = в Иерусалиме и окрестностях
region-in-haifa = в Хайфе и долинах
region-in-center = в центре и Шароне
region-in-judea_samaria = в Иудее и Самарии
region-in-other = в другом регионе
