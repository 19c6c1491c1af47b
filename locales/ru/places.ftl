region-negev = Негев и юг
region-galilee = Галилея и Голаны
region-jerusalem = Иерусалим и окрестности
region-haifa = Хайфа и долины
region-center = Центр и Шарон
region-judea_samaria = Иудея и Самария
region-other = Другой регион
