"""Independent figures for the LAIT highlight tests (LaitHighlightsTest), from the raw files only.

Run from the repository root: python3 io-csv/src/test/resources/lait/highlight_facts.py
It writes io-csv/src/test/resources/lait/highlight-facts.csv: for each of Stockport (356),
Rotherham (372), Nottingham (892) and Lancashire (888) and every measure, at the latest year the
area has a row for, the area's value, its rank figures in England, its region and among its
statistical neighbours, the published England and regional figures, the neighbours' mean, its
series and its quartile band this year and last.

Standard library only. Values are exact fractions of the file's own text.
Ranking set: every local authority (LA number below 970, former ones included) with a value.
Region: la_code_list's Region column. Neighbours: sn_may_2025 SN1..SN10. Bands: type-7 quartiles of
the ranking set, a value equal to a cut going with the values below it, A the best quarter, none
where any dictionary listing says No_Quartile N or the polarity is not High or Low.
"""
import csv, gzip, re, statistics
from fractions import Fraction
from decimal import Decimal, localcontext

D = 'data/lait/'
AREAS = ('356', '372', '892', '888')

dic, nq = {}, set()
for r in csv.DictReader(open(D + 'lait_data_dictionary.csv', encoding='utf-8-sig')):
    dic.setdefault(r['Measure_short'], r)
    if r['No_Quartile'] == 'N':
        nq.add(r['Measure_short'])

region_of = {}
for r in csv.DictReader(open(D + 'la_code_list__Sheet1.csv', encoding='utf-8-sig')):
    n = int(r['LA Number'])
    if n < 970:
        region_of[r['LA Number']] = r['Region']

lines = list(csv.reader(open(D + 'sn_may_2025__LA_SN_Groups.csv', encoding='utf-8-sig')))
h = next(i for i, l in enumerate(lines) if l and l[0] == 'LA num')
cols = [lines[h].index('SN%d' % i) for i in range(1, 11)]
sn = {}
for l in lines[h + 1:]:
    if l and l[0].isdigit():
        sn.setdefault(l[0], [l[c] for c in cols])

def norm(s):
    return re.sub(r'[^a-z]', '', s.lower())

def end_year(label):
    """The year a label's period ends in; None for the odd '0'."""
    core = re.sub(r'\s*\(.*\)$', '', label).strip()
    if core == '0':
        return None
    m = re.fullmatch(r'(\d{4})', core)
    if m:
        return int(core)
    m = re.fullmatch(r'(\d{4})[/-](\d{2})', core)
    if m:
        return 100 * (int(m.group(1)) // 100) + int(m.group(2))
    m = re.fullmatch(r'(\d{4})/(\d{2})-(\d{2})/(\d{2})', core)
    if m:
        return 100 * (int(m.group(1)) // 100) + int(m.group(4))
    raise ValueError(label)

STANDING = {'(prov)': 0, '': 1, '(Rev)': 2, '(Final)': 2, '(OT)': 1}

def standing(label):
    m = re.search(r'\(.*\)$', label)
    return STANDING[m.group(0) if m else '']

# values[measure][end_year][la] = text, keeping the best-standing row; region rows by name
values, regions, labels = {}, {}, {}
best = {}
for r in csv.DictReader(gzip.open(D + 'bds_long.csv.gz', 'rt', encoding='utf-8')):
    y = end_year(r['years'])
    if y is None:
        continue
    m, la = r['measure'], r['la_number']
    n = int(la)
    if n < 970:
        region_of.setdefault(la, r['region'])
        key = (m, y, la)
        s = standing(r['years'])
        if key not in best or s > best[key]:
            best[key] = s
            values.setdefault(m, {}).setdefault(y, {})[la] = r['value']
            if la in AREAS:
                labels[key] = r['years']
    elif n == 970 or 980 <= n <= 990:
        regions.setdefault(m, {}).setdefault(y, {})[norm(r['area'])] = r['value']

def dec(f):
    with localcontext() as c:
        c.prec = 200
        e = Decimal(f.numerator) / Decimal(f.denominator)
        if Fraction(e) == f:
            return format(e.normalize(), 'f')
        c.prec = 34
        return str(Decimal(f.numerator) / Decimal(f.denominator))

def counts(v, group):
    got = [Fraction(x) for x in group if x not in (None, '-')]
    return len(got), sum(1 for w in got if w > v), sum(1 for w in got if w < v)

def band(m, y, la):
    pol = dic[m]['Polarity']
    if m in nq or pol not in ('High', 'Low'):
        return ''
    year = values[m].get(y, {})
    v = year.get(la, '-')
    if v == '-':
        return ''
    vals = sorted(Fraction(x) for x in year.values() if x != '-')
    q = statistics.quantiles(vals, n=4, method='inclusive')
    k = sum(1 for c in q if Fraction(v) > c)
    return 'ABCD'[k] if pol == 'Low' else 'DCBA'[k]

# The years the minutes' statements speak of, where LAIT has the measure (see LaitHighlightsTest).
SEEDS = [('TotPermEx', '888', 2016), ('LACnum', '888', 2017), ('%_2yr_olds', '356', 2018),
         ('CPP_Num', '356', 2017), ('KS2RWM_Expected_STD', '356', 2016)]

def facts(m, la, y, why):
    year = values[m][y]
    v = year[la]
    years = sorted(z for z in values[m] if la in values[m][z] and z <= y)
    row = [why, m, la, labels[(m, y, la)], y, dic[m]['Polarity'], v]
    if v == '-':
        row += [''] * 9
    else:
        f = Fraction(v)
        row += counts(f, year.values())
        row += counts(f, [year.get(a) for a in year if region_of.get(a) == region_of[la]])
        row += counts(f, [v] + [year.get(a) for a in sn[la]])
    pub = regions.get(m, {}).get(y, {})
    row += [pub.get('england', ''), pub.get(norm(region_of[la]), '')]
    used = [Fraction(year[a]) for a in sn[la] if year.get(a, '-') != '-']
    row += [dec(sum(used) / len(used)) if used else '', len(used)]
    row += [';'.join('%d=%s' % (z, values[m][z][la]) for z in years)]
    row += [band(m, y, la), band(m, y - 1, la) if la in values[m].get(y - 1, {}) else '']
    return row

out = csv.writer(open('io-csv/src/test/resources/lait/highlight-facts.csv', 'w', newline='', encoding='utf-8'),
                 lineterminator='\n')
out.writerow(['why', 'measure', 'area', 'label', 'end_year', 'polarity', 'value', 'eng_n', 'eng_higher',
              'eng_lower', 'reg_n', 'reg_higher', 'reg_lower', 'sn_n', 'sn_higher', 'sn_lower', 'england', 'region',
              'sn_mean', 'sn_used', 'series', 'band', 'band_previous'])
for m in sorted(values):
    if m not in dic:
        continue
    for la in AREAS:
        years = sorted(y for y in values[m] if la in values[m][y])
        if years:
            out.writerow(facts(m, la, years[-1], 'latest'))
for m, la, y in SEEDS:
    out.writerow(facts(m, la, y, 'seed'))
