# Reference values for tests/unit/grader/stats.test.ts, computed with mpmath (no scipy on this machine).
import mpmath as mp
mp.mp.dps = 40
out = {}
xs = [-30,-26.5,-10,-5.5,-3,-1.5,-0.5,-0.46875,-0.1,-1e-10,0,1e-300,1e-8,0.1,0.3,0.46875,0.5,0.9,1,1.5,2,3,3.99,4,4.01,5,6,8,10,15,20,26,27]
out['erf'] = [[x, float(mp.erf(x))] for x in xs]
out['erfc'] = [[x, float(mp.erfc(x))] for x in xs]
zs = [-38,-37.5,-20,-10,-8.3,-5,-3,-1.96,-1,-0.3,0,0.3,1,1.96,3,5,8.3,10,20,37.5]
out['normalCdf'] = [[z, float(mp.ncdf(z))] for z in zs]
out['normalSf'] = [[z, float(mp.ncdf(-z))] for z in zs]
ps = [1e-300,1e-100,1e-20,1e-10,1e-5,0.001,0.01,0.02425,0.05,0.075,0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8,0.9,0.925,0.95,0.975,0.99,0.999,0.99999,1-1e-10]
def nq(p): 
    p = mp.mpf(p)
    return -mp.sqrt(2)*mp.erfinv(1-2*p) if p < 0.5 else mp.sqrt(2)*mp.erfinv(2*p-1)
out['normalQuantile'] = [[p, float(nq(p))] for p in ps[3:]]
# far tails: solve log Φ(x) = log p
for p in [1e-300,1e-100,1e-20]:
    pm = mp.mpf(p)
    x = mp.findroot(lambda x: mp.log(mp.ncdf(x)) - mp.log(pm), -10)
    out['normalQuantile'].insert(0,[p, float(x)])
gx = [1e-10,1e-5,0.01,0.1,0.25,0.5,0.75,0.9,0.999,1.001,1.1,1.5,1.9,2.1,2.5,3,3.5,4.25,7,10,12.5,33.3,100,171.5,1000,12345.6,1e6,1e10,1e100,-0.5,-1.5,-2.7,-10.25]
out['logGamma'] = [[x, float(mp.log(abs(mp.gamma(x))))] for x in gx]
bc = [(0.1,2,3),(0.5,2,3),(0.9,2,3),(0.3,0.5,0.5),(0.999,0.5,0.5),(1e-10,1.5,4),(0.2,10,0.5),(0.5,100,100),(0.48,1000,1000),(0.05,5,50),(0.01,0.2,0.1),(0.7,30,3.5),(0.999999,2,5),(1e-5,3,0.5),(0.5,5000,0.5),(0.9,1,7),(0.4,8,1)]
out['regIncBeta'] = [[x,a,b, float(mp.betainc(a,b,0,x,regularized=True)), float(mp.betainc(a,b,x,1,regularized=True))] for (x,a,b) in bc]
gc = [(0.5,0.1),(0.5,2),(0.5,30),(1,1),(1,50),(2.5,1),(2.5,2.5),(2.5,10),(10,3),(10,10),(10,25),(100,90),(100,130),(1e-3,1e-3),(0.1,5),(50,1),(1000,1100),(3,1e-5),(0.5,400)]
out['regGamma'] = [[a,x, float(mp.gammainc(a,0,x,regularized=True)), float(mp.gammainc(a,x,mp.inf,regularized=True))] for (a,x) in gc]
def tsf(t,v):
    t=mp.mpf(t); v=mp.mpf(v)
    x = v/(v+t*t)
    tail = mp.betainc(v/2, mp.mpf(1)/2, 0, x, regularized=True)/2
    return tail if t>0 else 1-tail
tc = [(0.5,1),(2,1),(-3,2),(1.5,3),(2.2281388519649385,10),(-4,8),(10,5),(40,10),(100,30),(0.1,1000),(3,50.5),(-2.5,6.6),(1e3,2),(20,200)]
out['studentTSf'] = [[t,v,float(tsf(t,v))] for (t,v) in tc]
out['studentTPdf'] = [[t,v,float(mp.gamma((v+1)/mp.mpf(2))/(mp.sqrt(v*mp.pi)*mp.gamma(v/mp.mpf(2)))*(1+mp.mpf(t)**2/v)**(-(v+1)/mp.mpf(2)))] for (t,v) in tc]
tq = [(0.975,1),(0.975,2),(0.975,5),(0.975,10),(0.975,30),(0.995,10),(0.95,3),(0.9,7.5),(0.999,4),(0.025,12),(1e-10,5),(1-1e-9,20),(0.6,100),(0.5000001,3),(0.3,2.5)]
def tquant(p,v):
    p=mp.mpf(p); v=mp.mpf(v)
    # bisection on the tail that holds the precision
    lo, hi = mp.mpf(-1e6), mp.mpf(1e6)
    for _ in range(400):
        mid=(lo+hi)/2
        val = (1-tsf(mid,v)) if p<0.5 else -tsf(mid,v)
        tgt = p if p<0.5 else -(1-p)
        if val < tgt: lo=mid
        else: hi=mid
    return (lo+hi)/2
out['studentTQuantile'] = [[p,v,float(tquant(p,v))] for (p,v) in tq]
cc = [(0.5,1),(3.841458820694124,1),(10,1),(1,2),(5,3),(18.307,10),(30,10),(100,10),(0.01,4),(200,100),(50,100),(1000,900),(0.001,0.5)]
out['chiSquare'] = [[x,k,float(mp.gammainc(mp.mpf(k)/2,0,mp.mpf(x)/2,regularized=True)),float(mp.gammainc(mp.mpf(k)/2,mp.mpf(x)/2,mp.inf,regularized=True))] for (x,k) in cc]
cq = [(0.95,1),(0.95,10),(0.99,5),(0.05,2),(0.5,3),(1e-8,1),(0.999999,4),(0.01,100),(0.975,1000),(0.1,0.5)]
def cquant(p,k):
    p=mp.mpf(p); k=mp.mpf(k)
    lo, hi = mp.mpf(0), mp.mpf(1e5)
    for _ in range(500):
        mid=(lo+hi)/2
        if p < 0.5:
            ok = mp.gammainc(k/2,0,mid/2,regularized=True) < p
        else:
            ok = mp.gammainc(k/2,mid/2,mp.inf,regularized=True) > 1-p
        if ok: lo=mid
        else: hi=mid
    return (lo+hi)/2
out['chiSquareQuantile'] = [[p,k,float(cquant(p,k))] for (p,k) in cq]
fc = [(1,1,1),(2.5,3,7),(3.325834530413012,5,10),(0.2,10,20),(10,2,50),(50,4,4),(1e-3,1,5),(1.5,100,100),(4,1,1000)]
def fcdf(x,d1,d2):
    x=mp.mpf(x); d1=mp.mpf(d1); d2=mp.mpf(d2)
    return mp.betainc(d1/2,d2/2,0,d1*x/(d1*x+d2),regularized=True)
out['f'] = [[x,d1,d2,float(fcdf(x,d1,d2)),float(1-fcdf(x,d1,d2))] for (x,d1,d2) in fc]
fq = [(0.95,5,10),(0.95,1,1),(0.99,3,20),(0.05,4,6),(0.5,10,10),(0.999,2,100)]
def fquant(p,d1,d2):
    p=mp.mpf(p)
    lo, hi = mp.mpf(0), mp.mpf(1e7)
    for _ in range(500):
        mid=(lo+hi)/2
        if fcdf(mid,d1,d2) < p: lo=mid
        else: hi=mid
    return (lo+hi)/2
out['fQuantile'] = [[p,d1,d2,float(fquant(p,d1,d2))] for (p,d1,d2) in fq]

# Writes stats-mpmath.ts beside this file: python3 tests/unit/grader/stats-mpmath.py
import os
keys = ['erf', 'erfc', 'normalCdf', 'normalSf', 'normalQuantile', 'logGamma', 'regIncBeta', 'regGamma', 'studentTSf',
        'studentTPdf', 'studentTQuantile', 'chiSquare', 'chiSquareQuantile', 'f', 'fQuantile']
table = lambda rows: '[\n' + ''.join('    [' + ', '.join(repr(v) for v in r) + '],\n' for r in rows) + '  ]'
header = '''// Generated by stats-mpmath.py (mpmath at 40 significant digits, rounded to float64); do not edit.
// Rows: erf/erfc/normal*/logGamma [x, value]; regIncBeta [x, a, b, I, 1 − I]; regGamma [a, x, P, Q];
// studentT* [t or p, df, value]; chiSquare [x, k, cdf, sf]; chiSquareQuantile [p, k, x]; f [x, d1, d2, cdf, sf];
// fQuantile [p, d1, d2, x].
'''
body = 'export const MPMATH = {\n' + ''.join(f'  {k}: {table(out[k])},\n' for k in keys) + '} as const;\n'
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'stats-mpmath.ts'), 'w') as fh:
    fh.write(header + body)
