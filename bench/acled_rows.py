#!/usr/bin/env python3
"""Writes an ACLED-style events file of N rows (default 1,000,000) for timing the importer:
python3 bench/acled_rows.py /tmp/acled-1m.csv [N] [SEED]. The places are invented (24 oblasts,
8 raions each, 6 hromadas a raion, 3 settlements a hromada) apart from the seed's oblasts, which
some rows spell as sources do ("Zaporozhye", "Zaporizhia"); every 500th row repeats an earlier
event id, and every 1000th is malformed, so that the timing includes refusals."""
import csv
import random
import sys
from datetime import date, timedelta

path = sys.argv[1]
rows = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)

seeded = ["Zaporizhia", "Zaporozhye", "Donetsk", "Kherson", "Luhansk", "Dnipropetrovsk", "Mykolaiv", "Odessa Oblast"]
oblasts = seeded + [f"Oblast{i}" for i in range(16)]
subs = [("Shelling/artillery/missile attack", ["artillery shelling", "an S-300 missile", "Grad rockets", "mortar fire", "shelling"]),
        ("Air/drone strike", ["Shahed drones", "a guided bomb", "a Lancet drone", "an air strike"]),
        ("Remote explosive/landmine/IED", ["a landmine", "an IED"])]
sources = ["Ukrinform", "Suspilne", "Ukrainska Pravda", "Prosecutor General of Ukraine", "General Staff of Ukraine",
           "Kyiv Independent; Suspilne"] + [f"Regional Administration {i}" for i in range(24)]
start = date(2022, 2, 24)
header = ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "actor2",
          "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision", "source",
          "source_scale", "notes", "fatalities"]
with open(path, "w", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)
    for i in range(rows):
        o = rng.randrange(len(oblasts))
        r = rng.randrange(8)
        h = rng.randrange(6)
        s = rng.randrange(3)
        admin1 = oblasts[o]
        admin2 = f"Raion{o}-{r}"
        admin3 = f"Hromada{o}-{r}-{h}"
        location = f"Settlement{o}-{r}-{h}-{s}"
        day = start + timedelta(days=rng.randrange(1000))
        sub, weapons = subs[rng.randrange(3)]
        weapon = weapons[rng.randrange(len(weapons))]
        killed = rng.choice(["", "0", "0", "1", "2", str(rng.randrange(30))])
        event = f"UKR{i:07d}" if i % 500 != 499 else f"UKR{i - 1:07d}"
        notes = (f"On {day.isoformat()}, Russian forces struck {location} in {admin2}, {admin1} with {weapon}; "
                 f"local officials reported {killed or 'no'} fatalities, and damage to houses, a school and power lines.")
        lat = f"{46 + o / 6 + r / 50:.4f}" if i % 1000 != 999 else "123.4"
        w.writerow([event, day.isoformat(), day.year, rng.choice("1112"), "Explosions/Remote violence", sub,
                    "Military Forces of Russia (2000-)", rng.choice(["Civilians (Ukraine)", ""]), "Ukraine", admin1, admin2,
                    admin3, location, lat, f"{30 + o / 3 + h / 50:.4f}", rng.choice("112"), sources[rng.randrange(len(sources))],
                    "National", notes, killed])
