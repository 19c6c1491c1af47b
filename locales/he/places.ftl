region-negev = הנגב והדרום
region-galilee = הגליל והגולן
region-jerusalem = ירושלים והסביבה
region-haifa = חיפה והעמקים
region-center = המרכז והשרון
region-judea_samaria = יהודה ושומרון
region-other = אזור אחר

# The same regions after "in" (Hebrew joins ב to the name: בנגב, not בהנגב)
region-in-negev = בנגב ובדרום
region-in-galilee = בגליל ובגולן
region-in-jerusalem = בירושלים והסביבה
region-in-haifa = בחיפה ובעמקים
region-in-center = במרכז ובשרון
region-in-judea_samaria = ביהודה ושומרון
region-in-other = באזור אחר
