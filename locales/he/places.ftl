region-negev = הנגב והדרום
region-galilee = הגליל והגולן
region-jerusalem = ירושלים והסביבה
region-haifa = חיפה והעמקים
region-center = המרכז והשרון
region-judea_samaria = יהודה ושומרון
region-other = אזור אחר
