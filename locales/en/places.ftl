region-negev = The Negev and the south
region-galilee = The Galilee and the Golan
region-jerusalem = Jerusalem area
region-haifa = Haifa and the valleys
region-center = The centre and the Sharon
region-judea_samaria = Judea and Samaria
region-other = Another region
