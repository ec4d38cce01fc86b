"""Adds the French, German, Italian, Portuguese, Dutch, Polish, Czech,
Swedish, Danish, Norwegian, Russian and Turkish names of countries to
src/analyse/data/places.txt, from Debian's iso-codes (the ISO 3166-1 names
and their translations, installed as /usr/share/iso-codes/json and
/usr/share/locale/*/LC_MESSAGES/iso_3166-1.mo; `apt-get install iso-codes`),
and the names of large cities and regions in French, German, Italian,
Portuguese, Polish, Czech, Swedish, Russian, Ukrainian and Turkish from the list below. Names are facts; a name already given for another place, or written
as an official long form ("Russie, Fédération de"), is left out.

    python3 tests/tools/place_names.py            (rewrites places.txt)
    python3 tests/tools/place_names.py --check    (exit 1 if it would change)
"""
import gettext
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
PLACES = ROOT / "src" / "analyse" / "data" / "places.txt"
LANGS = ["fr", "de", "it", "pt", "nl", "pl", "cs", "sv", "da", "nb", "ru", "tr"]

# Where the ISO names are long forms, or for places that are no country:
# the names used in running text, by the first name of the line in
# places.txt.
BY_HAND = {
    "Russia": ["Russie", "Russland", "Rússia", "Rosja", "Rusko", "Ryssland", "Россия", "Rusya"],
    "Syria": ["Syrie", "Síria", "Сирия"],
    "Iran": ["Irã"],
    "Venezuela": ["Vénézuela"],
    "North Korea": ["Corée du Nord", "Nordkorea", "Corea del Nord", "Coreia do Norte"],
    "South Korea": ["Corée du Sud", "Südkorea", "Corea del Sud", "Coreia do Sul"],
    "Moscow": ["Moscou", "Moskau", "Mosca", "Moscovo", "Moskwa", "Moskva", "Москва", "Moskova"],
    "Beijing": ["Pékin", "Peking", "Pechino", "Pequim", "Pekin", "Пекин"],
    "Brussels": ["Bruxelles", "Brüssel", "Bruxelas", "Bruksela", "Brusel", "Bryssel", "Брюссель", "Brüksel"],
    "Vienna": ["Vienne", "Wien", "Wiedeń", "Vídeň"],
    "Kyiv": ["Kiew", "Kyjiw", "Kijów", "Kyjev", "Kijev", "Киев", "Київ"],
    "London": ["Londres", "Londra", "Londyn", "Londýn", "Лондон"],
    "Rome": ["Rom", "Roma", "Rzym", "Řím", "Рим"],
    "Warsaw": ["Varsovie", "Warschau", "Varsavia", "Varsóvia", "Warszawa", "Varšava", "Варшава", "Varşova"],
    "Lisbon": ["Lisbonne", "Lissabon", "Lisbona", "Lisboa"],
    "Athens": ["Athènes", "Athen", "Atene", "Atenas"],
    "Cairo": ["Le Caire", "Kairo", "Il Cairo", "Cairo"],
    "Jerusalem": ["Jérusalem", "Gerusalemme", "Jerusalém"],
    "Geneva": ["Genève", "Genf", "Ginevra", "Genebra"],
    "Munich": ["München", "Monaco di Baviera", "Munique"],
    "Copenhagen": ["Copenhague", "Kopenhagen", "Copenaghen", "Copenhaga"],
    "Prague": ["Prag", "Praga", "Praha", "Прага"],
    "Washington": ["Waszyngton", "Вашингтон"],
    "Paris": ["Paryż", "Paříž", "Париж"],
    "Berlin": ["Берлин"],
    "Europe": ["Europa", "Evropa", "Европа", "Avrupa"],
    "Africa": ["Afrique", "Afrika", "África"],
    "Asia": ["Asie", "Asien", "Ásia"],
    "Latin America": ["Amérique latine", "Lateinamerika", "America Latina", "América Latina"],
    "Middle East": ["Moyen-Orient", "Nahost", "Naher Osten", "Medio Oriente", "Médio Oriente"],
}

# Names that are also a common word or a name of another kind where they
# would be met with a capital: "Chili" (the pepper), "Gana" (Spanish: wins),
# "Malte" (a first name), "Cipro" (a drug), "Indie" (Polish and Czech
# India; English "indie"), "Somali" (Turkish Somalia; the people and
# their language), "Dania" and "Francie" (Polish Denmark, Czech France:
# first names), "Hellas" (Norwegian Greece; clubs' names), "Fas"
# (Turkish Morocco), "Dominika" (Polish and Czech Dominica; a first name),
# "Çad" and "Čad" (Turkish and Czech Chad: "CAD", the Canadian dollar),
# "Того" (Russian Togo; "of that").
SKIP = {
    "Chili", "Gana", "Malte", "Cipro", "Indie", "Somali", "Dania", "Francie", "Hellas", "Fas",
    "Dominika", "Çad", "Čad", "Того",
}


def iso_names():
    """English name (and common name) → the names in LANGS."""
    data = json.loads((pathlib.Path("/usr/share/iso-codes/json/iso_3166-1.json")).read_text())
    tr = [gettext.translation("iso_3166-1", "/usr/share/locale", languages=[l]) for l in LANGS]
    out = {}
    for c in data["3166-1"]:
        english = [c["name"]] + ([c["common_name"]] if "common_name" in c else [])
        msgid = c.get("common_name", c["name"])
        names = [t.gettext(msgid) for t in tr]
        for e in english:
            out[e] = names
    return out


def main():
    iso = iso_names()
    lines = PLACES.read_text(encoding="utf-8").splitlines()
    # Every name given on a line, folded: a name of another place is not added.
    def fold(n):
        return n.casefold()
    taken = {}
    for i, line in enumerate(lines):
        if line.strip() and not line.startswith("#"):
            for n in line.split(" | "):
                taken.setdefault(fold(n.strip()), i)
    out = []
    for i, line in enumerate(lines):
        if not line.strip() or line.startswith("#"):
            out.append(line)
            continue
        names = [n.strip() for n in line.split(" | ")]
        extra = list(BY_HAND.get(names[0], []))
        for n in names:
            extra += iso.get(n, [])
        for e in extra:
            if "," in e or "(" in e or not e.strip() or e in SKIP:
                continue
            if taken.get(fold(e), i) != i:
                continue
            if fold(e) not in {fold(n) for n in names}:
                names.append(e)
                taken[fold(e)] = i
        out.append(" | ".join(names))
    text = "\n".join(out) + "\n"
    if "--check" in sys.argv:
        sys.exit(0 if text == PLACES.read_text(encoding="utf-8") else 1)
    PLACES.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
