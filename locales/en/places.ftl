region-negev = The Negev and the south
region-galilee = The Galilee and the Golan
region-jerusalem = Jerusalem area
region-haifa = Haifa and the valleys
region-center = The centre and the Sharon
region-judea_samaria = Judea and Samaria
region-other = Another region

# The same regions after "in" (Hebrew joins ב to the name: בנגב, not בהנגב)
region-in-negev = in the Negev and the south
region-in-galilee = in the Galilee and the Golan
region-in-jerusalem = in the Jerusalem area
region-in-haifa = in Haifa and the valleys
region-in-center = in the centre and the Sharon
region-in-judea_samaria = in Judea and Samaria
region-in-other = in another region
