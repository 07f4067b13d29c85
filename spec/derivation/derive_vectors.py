#!/usr/bin/env python3
"""
derive_vectors.py -- the independent oracle of the bprop test vectors (SPEC.md, clause FMT-VECTOR).

Standard library only (fractions, decimal, json, math).  Every expected value is computed here by the
closed-form formulas of SPEC.md, never copied from any implementation:

* problems whose numbers and operations are all rational (identity, relu, leaky_relu, hardtanh, mse)
  are computed in exact rational arithmetic (fractions.Fraction); those vectors also carry
  "expected_exact" with every number as "p/q";
* everything else (sigmoid, tanh, softmax, cross entropy, sin, cos, exp, log, pow) is computed in
  60-digit decimal arithmetic (decimal.Decimal; exp and ln from the decimal module, sin, cos by their
  Taylor series, tanh and sigmoid from exp);
* a number in a problem or graph file is taken as the exact decimal number written in the file
  (SPEC.md FMT-VECTOR); the expected double is the exact (or 60-digit) result rounded once to the
  nearest double, written in shortest round-trip form (Python's repr);
* graph vectors are computed twice: by a literal transcription of GBP-BUILDGRAD (memoised recursion over
  the consumers in G') and by a closed-form gradient written by hand for each graph; both must agree;
* every vector is also run through a plain float64 implementation of the same formulas, to check that
  the tolerance it states is honest (a careful double implementation passes with room to spare);
* the hand calculations of SPEC.md's worked examples are asserted below (search for "HAND:").

Run:  python3 spec/derivation/derive_vectors.py          (from the repository root, or from anywhere)
It rewrites spec/src/main/resources/dev/bprop/spec/vectors/*.json and index.json, and prints every
intermediate value (z, a, delta per layer and example) so that SPEC.md's tables can be checked by eye.
"""

import json
import math
import os
import sys
from decimal import Decimal, getcontext
from fractions import Fraction

CTX = getcontext()
CTX.prec = 60
CTX.Emax = 999999
CTX.Emin = -999999

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "src", "main", "resources", "dev", "bprop", "spec", "vectors"))

REPORT = []


def say(*parts):
    REPORT.append(" ".join(str(p) for p in parts))


# ----------------------------------------------------------------------------------------------------
# Two number systems: exact rationals and 60-digit decimals.
# ----------------------------------------------------------------------------------------------------

class Exact:
    """Exact rational arithmetic; transcendental functions are refused."""
    name = "exact"

    @staticmethod
    def num(s):
        return Fraction(s)

    def __getattr__(self, item):  # exp, ln, sin, ... are not rational
        raise ArithmeticError("a transcendental function in an exact vector: " + item)


def _dec_pi():
    # Machin: pi = 16 atan(1/5) - 4 atan(1/239), to the working precision
    def atan_inv(n):
        x = Decimal(1) / n
        x2 = x * x
        term, total, k, sign = x, x, 1, 1
        while True:
            term *= x2
            k += 2
            sign = -sign
            new = total + sign * term / k
            if new == total:
                return total
            total = new
    CTX.prec += 10
    pi = 16 * atan_inv(5) - 4 * atan_inv(239)
    CTX.prec -= 10
    return +pi


class Hi:
    """60-digit decimal arithmetic with the elementary functions the spec needs."""
    name = "decimal"
    PI = _dec_pi()

    @staticmethod
    def num(s):
        return Decimal(s)

    @staticmethod
    def exp(x):
        return Decimal(x).exp()

    @staticmethod
    def ln(x):
        if x <= 0:
            raise ArithmeticError("ln of a non-positive number")
        return Decimal(x).ln()

    @staticmethod
    def _reduce(x):
        # x - 2 pi k, so that the series converges fast
        k = (x / (2 * Hi.PI)).to_integral_value()
        return x - 2 * Hi.PI * k

    @staticmethod
    def sin(x):
        CTX.prec += 10
        x = Hi._reduce(Decimal(x))
        term, total, n = x, x, 1
        while True:
            term = -term * x * x / ((n + 1) * (n + 2))
            n += 2
            new = total + term
            if new == total:
                break
            total = new
        CTX.prec -= 10
        return +total

    @staticmethod
    def cos(x):
        CTX.prec += 10
        x = Hi._reduce(Decimal(x))
        term, total, n = Decimal(1), Decimal(1), 0
        while True:
            term = -term * x * x / ((n + 1) * (n + 2))
            n += 2
            new = total + term
            if new == total:
                break
            total = new
        CTX.prec -= 10
        return +total

    @staticmethod
    def tanh(x):
        # tanh z = sign(z) (1 - t) / (1 + t), t = e^(-2|z|)
        t = (-2 * abs(x)).exp()
        v = (1 - t) / (1 + t)
        return v if x >= 0 else -v

    @staticmethod
    def tanh_prime(x):
        # 1 - tanh^2 z = sech^2 z = 4 t / (1 + t)^2, t = e^(-2|z|)  (ACT-TANH)
        t = (-2 * abs(x)).exp()
        return 4 * t / ((1 + t) * (1 + t))

    @staticmethod
    def sigmoid(x):
        # sigma(z) = 1 / (1 + e^-z) for z >= 0, e^z / (1 + e^z) for z < 0   (ACT-SIGMOID)
        if x >= 0:
            return 1 / (1 + (-x).exp())
        e = x.exp()
        return e / (1 + e)

    @staticmethod
    def sigmoid_prime(x):
        # sigma(z)(1 - sigma(z)) = e^(-|z|) / (1 + e^(-|z|))^2
        e = (-abs(x)).exp()
        return e / ((1 + e) * (1 + e))


EXACT = Exact()
HI = Hi()


def to_double(v):
    """The double nearest to an exact or 60-digit value (Fraction.__float__ and float(str) round correctly)."""
    if isinstance(v, Fraction):
        d = float(v)
    elif isinstance(v, Decimal):
        d = float(str(v))
    else:
        d = float(v)
    if not math.isfinite(d):
        raise ArithmeticError("an expected value is not finite: %r" % (v,))
    return 0.0 if d == 0 else d  # the sign of zero is not significant (FMT-VECTOR)


def exact_str(v):
    assert isinstance(v, Fraction)
    return str(v)  # "p/q" or "p"


def sci(v, digits=20):
    """A readable decimal rendering for the report."""
    if isinstance(v, Fraction):
        if v.denominator == 1:
            return str(v.numerator)
        return "%s (= %s)" % (v, _dec_of_frac(v, digits))
    if isinstance(v, Decimal):
        return format(v, ".%dg" % digits)
    return repr(v)


def _dec_of_frac(v, digits):
    return format(Decimal(v.numerator) / Decimal(v.denominator), ".%dg" % digits)


# ----------------------------------------------------------------------------------------------------
# Multilayer perceptrons: FWD-Z, FWD-A, ACT-*, LOSS-*, BP1 ... BP4.
# ----------------------------------------------------------------------------------------------------

def act_value(F, name, z):
    if name == "identity":
        return z
    if name == "relu":
        return z if z > 0 else z * 0
    if name == "leaky_relu":
        return z if z > 0 else F.num("0.1") * z
    if name == "hardtanh":
        if z < -1:
            return z * 0 - 1
        if z > 1:
            return z * 0 + 1
        return z
    if name == "sigmoid":
        return F.sigmoid(z)
    if name == "tanh":
        return F.tanh(z)
    raise ValueError(name)


def act_prime(F, name, z):
    """ACT-KINK: right-hand derivative where z > 0, left-hand derivative otherwise."""
    one, zero = z * 0 + 1, z * 0
    if name == "identity":
        return one
    if name == "relu":
        return one if z > 0 else zero
    if name == "leaky_relu":
        return one if z > 0 else F.num("0.1")
    if name == "hardtanh":
        return one if -1 < z < 1 else zero
    if name == "sigmoid":
        return F.sigmoid_prime(z)
    if name == "tanh":
        return F.tanh_prime(z)
    raise ValueError(name)


def is_kink(name, z):
    if name in ("relu", "leaky_relu"):
        return z == 0
    if name == "hardtanh":
        return z == 1 or z == -1
    return False


def softmax(F, z):
    mx = max(z)
    e = [F.exp(zk - mx) for zk in z]
    s = sum(e)
    return [ek / s for ek in e]


def log_softmax(F, z):
    # LOSS-STABLE: ln a_k = z_k - max - ln sum_j e^(z_j - max)
    mx = max(z)
    lse = F.ln(sum(F.exp(zj - mx) for zj in z))
    return [zk - mx - lse for zk in z]


def softplus(F, z):
    # LOSS-STABLE: softplus(z) = max(z, 0) + ln(1 + e^-|z|)
    return max(z, z * 0) + F.ln(1 + F.exp(-abs(z)))


def mlp(F, P):
    """The closed forms of SPEC.md, written out directly: returns every intermediate value."""
    layers = [{"activation": L["activation"],
               "W": [[F.num(w) for w in row] for row in L["weights"]],
               "b": [F.num(b) for b in L["bias"]]} for L in P["layers"]]
    X = [[F.num(x) for x in row] for row in P["inputs"]]
    Y = [[F.num(y) for y in row] for row in P["targets"]]
    m = len(X)
    nL = len(layers)
    loss_name = P["loss"]
    zs, as_ = [], []            # zs[e][l-1], as_[e][l]  (as_[e][0] = x)
    kinks = False
    for e in range(m):
        a = X[e]
        ze, ae = [], [a]
        for L in layers:
            # FWD-Z: z_j = sum_i w_ji a_i + b_j
            z = [sum((wji * ai for wji, ai in zip(row, a)), L["b"][j] * 0) + L["b"][j]
                 for j, row in enumerate(L["W"])]
            # FWD-A
            if L["activation"] == "softmax":
                a = softmax(F, z)
            else:
                a = [act_value(F, L["activation"], zj) for zj in z]
                kinks = kinks or any(is_kink(L["activation"], zj) for zj in z)
            ze.append(z)
            ae.append(a)
        zs.append(ze)
        as_.append(ae)
    last = layers[-1]["activation"]
    # LOSS-MEAN with LOSS-MSE / LOSS-CE / LOSS-BCE (stable forms, LOSS-STABLE)
    total = None
    for e in range(m):
        aL, zL, y = as_[e][nL], zs[e][nL - 1], Y[e]
        if loss_name == "mse":
            le = sum((ak - yk) ** 2 for ak, yk in zip(aL, y)) / 2
        elif loss_name == "cross_entropy":
            assert last == "softmax"
            ls = log_softmax(F, zL)
            le = -sum(yk * lk for yk, lk in zip(y, ls))
        elif loss_name == "binary_cross_entropy":
            assert last == "sigmoid"
            le = sum(softplus(F, zk) - yk * zk for zk, yk in zip(zL, y))
        else:
            raise ValueError(loss_name)
        total = le if total is None else total + le
    loss = total / m
    # BP1 and its special forms
    deltas = [[None] * nL for _ in range(m)]   # deltas[e][l-1]
    for e in range(m):
        aL, zL, y = as_[e][nL], zs[e][nL - 1], Y[e]
        if loss_name in ("cross_entropy", "binary_cross_entropy"):
            d = [(ak - yk) / m for ak, yk in zip(aL, y)]            # BP1-SOFTMAX-CE, BP1-SIGMOID-BCE
        else:
            grad_a = [(ak - yk) / m for ak, yk in zip(aL, y)]        # LOSS-MSE
            if last == "softmax":                                    # BP1-JACOBIAN
                s = sum(ak * gk for ak, gk in zip(aL, grad_a))
                d = [aj * (gj - s) for aj, gj in zip(aL, grad_a)]
            else:                                                    # BP1
                d = [g * act_prime(F, last, zk) for g, zk in zip(grad_a, zL)]
        deltas[e][nL - 1] = d
        # BP2
        for l in range(nL - 1, 0, -1):       # l = index of layer l+1 in 0-based terms
            W = layers[l]["W"]
            dn = deltas[e][l]
            act = layers[l - 1]["activation"]
            zl = zs[e][l - 1]
            d = [sum((W[k][j] * dn[k] for k in range(len(W))), dn[0] * 0) * act_prime(F, act, zl[j])
                 for j in range(len(zl))]
            deltas[e][l - 1] = d
    # BP3, BP4: sums over the examples
    grads = []
    for l in range(nL):
        W = layers[l]["W"]
        gW = [[sum((deltas[e][l][j] * as_[e][l][i] for e in range(m)), W[0][0] * 0) for i in range(len(W[0]))]
              for j in range(len(W))]
        gb = [sum((deltas[e][l][j] for e in range(m)), W[0][0] * 0) for j in range(len(W))]
        grads.append({"weights": gW, "bias": gb})
    outputs = [as_[e][nL] for e in range(m)]
    return {"loss": loss, "outputs": outputs, "gradients": grads, "z": zs, "a": as_, "delta": deltas,
            "kinks": kinks, "m": m}


def mlp_float(P):
    """A plain float64 implementation of the same formulas (for checking the tolerances only)."""
    def sig(z):
        return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))

    def sigp(z):
        s = sig(z)
        return s * (1 - s)

    def val(name, z):
        return {"identity": lambda: z, "relu": lambda: max(z, 0.0), "leaky_relu": lambda: z if z > 0 else 0.1 * z,
                "hardtanh": lambda: -1.0 if z < -1 else (1.0 if z > 1 else z), "sigmoid": lambda: sig(z),
                "tanh": lambda: math.tanh(z)}[name]()

    def der(name, z):
        return {"identity": 1.0, "relu": 1.0 if z > 0 else 0.0, "leaky_relu": 1.0 if z > 0 else 0.1,
                "hardtanh": 1.0 if -1 < z < 1 else 0.0, "sigmoid": sigp(z),
                "tanh": 1 - math.tanh(z) ** 2}[name]

    Ls = [(L["activation"], [[float(w) for w in r] for r in L["weights"]], [float(b) for b in L["bias"]])
          for L in P["layers"]]
    X = [[float(v) for v in r] for r in P["inputs"]]
    Y = [[float(v) for v in r] for r in P["targets"]]
    m = len(X)
    gW = [[[0.0] * len(W[0]) for _ in W] for _, W, _ in Ls]
    gb = [[0.0] * len(W) for _, W, _ in Ls]
    loss = 0.0
    outs = []
    for x, y in zip(X, Y):
        a, zs, as_ = x, [], [x]
        for act, W, b in Ls:
            z = [sum(w * ai for w, ai in zip(row, a)) + bj for row, bj in zip(W, b)]
            if act == "softmax":
                mx = max(z)
                ex = [math.exp(v - mx) for v in z]
                s = sum(ex)
                a = [v / s for v in ex]
            else:
                a = [val(act, v) for v in z]
            zs.append(z)
            as_.append(a)
        outs.append(a)
        zL = zs[-1]
        last = Ls[-1][0]
        if P["loss"] == "mse":
            loss += 0.5 * sum((ak - yk) ** 2 for ak, yk in zip(a, y))
            g = [(ak - yk) / m for ak, yk in zip(a, y)]
            if last == "softmax":
                s = sum(ak * gk for ak, gk in zip(a, g))
                d = [ak * (gk - s) for ak, gk in zip(a, g)]
            else:
                d = [gk * der(last, zk) for gk, zk in zip(g, zL)]
        elif P["loss"] == "cross_entropy":
            mx = max(zL)
            lse = math.log(sum(math.exp(v - mx) for v in zL))
            loss += -sum(yk * (zk - mx - lse) for yk, zk in zip(y, zL))
            d = [(ak - yk) / m for ak, yk in zip(a, y)]
        else:
            loss += sum(max(zk, 0) + math.log1p(math.exp(-abs(zk))) - yk * zk for zk, yk in zip(zL, y))
            d = [(ak - yk) / m for ak, yk in zip(a, y)]
        for l in range(len(Ls) - 1, -1, -1):
            for j in range(len(d)):
                gb[l][j] += d[j]
                for i in range(len(as_[l])):
                    gW[l][j][i] += d[j] * as_[l][i]
            if l > 0:
                W = Ls[l][1]
                d = [sum(W[k][j] * d[k] for k in range(len(W))) * der(Ls[l - 1][0], zs[l - 1][j])
                     for j in range(len(W[0]))]
    return {"loss": loss / m, "outputs": outs,
            "gradients": [{"weights": gW[l], "bias": gb[l]} for l in range(len(Ls))]}


# ----------------------------------------------------------------------------------------------------
# Expression graphs: GBP-GRAPH, GBP-SUBGRAPH, GBP-GRADTABLE, GBP-BUILDGRAD, GBP-BPROP, GBP-OP-*.
# ----------------------------------------------------------------------------------------------------

def op_value(F, op, args):
    if op == "add":
        return args[0] + args[1]
    if op == "sub":
        return args[0] - args[1]
    if op == "mul":
        return args[0] * args[1]
    if op == "div":
        return args[0] / args[1]
    if op == "pow":
        a, b = args
        if isinstance(a, float):                     # the float64 check only
            return math.pow(a, b)
        if isinstance(a, Fraction):
            if b.denominator != 1:
                raise ArithmeticError("a non-integer power in an exact vector")
            return a ** int(b)
        if a > 0:
            return F.exp(b * F.ln(a))
        if b == b.to_integral_value():
            return a ** int(b)
        raise ArithmeticError("pow of a negative base with a non-integer exponent")
    if op == "neg":
        return -args[0]
    if op == "sin":
        return F.sin(args[0])
    if op == "cos":
        return F.cos(args[0])
    if op == "exp":
        return F.exp(args[0])
    if op == "log":
        return F.ln(args[0])
    if op == "tanh":
        return F.tanh(args[0])
    if op == "sigmoid":
        return F.sigmoid(args[0])
    if op == "relu":
        return args[0] if args[0] > 0 else args[0] * 0
    raise ValueError(op)


def op_partial(F, op, args, value, p):
    """d op / d (input p), the GBP-OP-* clauses."""
    if op == "add":
        return args[0] * 0 + 1
    if op == "sub":
        return args[0] * 0 + (1 if p == 0 else -1)
    if op == "mul":
        return args[1 - p]
    if op == "div":
        a, b = args
        return 1 / b if p == 0 else -a / (b * b)
    if op == "pow":
        a, b = args
        if p == 0:
            if b == 0:
                return a * 0
            return b * op_value(F, "pow", [a, b - 1])
        if a > 0:
            return value * F.ln(a)
        if a == 0 and b > 0:
            return a * 0
        raise ArithmeticError("GBP-OP-POW: no derivative with respect to the exponent at a base <= 0")
    if op == "neg":
        return args[0] * 0 - 1
    if op == "sin":
        return F.cos(args[0])
    if op == "cos":
        return -F.sin(args[0])
    if op == "exp":
        return value
    if op == "log":
        return 1 / args[0]
    if op == "tanh":
        return F.tanh_prime(args[0])
    if op == "sigmoid":
        return F.sigmoid_prime(args[0])
    if op == "relu":
        return args[0] * 0 + (1 if args[0] > 0 else 0)
    raise ValueError(op)


def graph_eval(F, G):
    vals = {}
    for n in G["nodes"]:
        if n["op"] in ("input", "const"):
            vals[n["name"]] = F.num(n["value"])
        else:
            vals[n["name"]] = op_value(F, n["op"], [vals[i] for i in n["inputs"]])
    return vals


def graph_backprop(F, G, log=None):
    """GBP-SUBGRAPH, GBP-GRADTABLE and GBP-BUILDGRAD, transcribed literally (memoised recursion)."""
    nodes = {n["name"]: n for n in G["nodes"]}
    order = [n["name"] for n in G["nodes"]]
    vals = graph_eval(F, G)
    z = G["output"]
    T = [n["name"] for n in G["nodes"] if n["op"] == "input"]
    consumers = {v: [] for v in order}
    for c in order:
        for i in nodes[c].get("inputs", []):
            if c not in consumers[i]:
                consumers[i].append(c)
    # G' = ancestors of z (z included) that are descendants of T (T included)
    anc = set()
    stack = [z]
    while stack:
        v = stack.pop()
        if v not in anc:
            anc.add(v)
            stack.extend(nodes[v].get("inputs", []))
    desc = set()
    for v in order:
        if v in T or any(i in desc for i in nodes[v].get("inputs", [])):
            desc.add(v)
    Gp = anc & desc
    one = vals[z] * 0 + 1
    grad_table = {z: one}
    if log is not None:
        log.append((z, one))

    def build_grad(v):
        if v in grad_table:
            return grad_table[v]
        g = vals[v] * 0
        for c in consumers[v]:
            if c not in Gp:
                continue
            d = build_grad(c)
            node = nodes[c]
            args = [vals[i] for i in node["inputs"]]
            # GBP-BPROP: the sum over every position p at which v is an input of c
            for p, i in enumerate(node["inputs"]):
                if i == v:
                    g = g + d * op_partial(F, node["op"], args, vals[c], p)
        grad_table[v] = g
        if log is not None:
            log.append((v, g))
        return g

    grads = {}
    for v in T:
        grads[v] = build_grad(v) if v in Gp else vals[v] * 0
    return vals[z], grads, vals, Gp


def graph_float(G):
    """float64 evaluation of the same algorithm, with math's functions (tolerance check only)."""
    class FF:
        num = staticmethod(float)
        exp = staticmethod(math.exp)
        ln = staticmethod(math.log)
        sin = staticmethod(math.sin)
        cos = staticmethod(math.cos)
        tanh = staticmethod(math.tanh)

        @staticmethod
        def tanh_prime(x):
            return 1 - math.tanh(x) ** 2

        @staticmethod
        def sigmoid(x):
            return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))

        @staticmethod
        def sigmoid_prime(x):
            s = FF.sigmoid(x)
            return s * (1 - s)

    v, g, _, _ = graph_backprop(FF, G)
    return v, g


# ----------------------------------------------------------------------------------------------------
# Vector assembly.
# ----------------------------------------------------------------------------------------------------

def jnum(s):
    """A number of a problem file, as written: an int when the text is an integer, else a double whose
    shortest round-trip form is exactly the text (so the file holds the decimal number we compute with)."""
    if isinstance(s, int):
        return s
    if all(ch in "-0123456789" for ch in s):
        return int(s)
    d = float(s)
    assert repr(d) == s, "write %r as %r" % (s, repr(d))
    return d


def problem_json(P):
    out = {"id": P["id"]} if "id" in P else {}
    out["layers"] = [{"activation": L["activation"],
                      "weights": [[jnum(w) for w in row] for row in L["weights"]],
                      "bias": [jnum(b) for b in L["bias"]]} for L in P["layers"]]
    out["loss"] = P["loss"]
    out["inputs"] = [[jnum(v) for v in row] for row in P["inputs"]]
    out["targets"] = [[jnum(v) for v in row] for row in P["targets"]]
    return out


def validate_problem(P):
    """The rules of FMT-ERRORS a vector's problem must satisfy (vectors are valid inputs)."""
    Ls = P["layers"]
    assert Ls
    n_prev = len(Ls[0]["weights"][0])
    for idx, L in enumerate(Ls):
        assert L["activation"] in ("identity", "sigmoid", "tanh", "hardtanh", "relu", "leaky_relu", "softmax")
        assert L["activation"] != "softmax" or idx == len(Ls) - 1
        assert len(L["weights"]) >= 1
        for row in L["weights"]:
            assert len(row) == n_prev
        assert len(L["bias"]) == len(L["weights"])
        n_prev = len(L["weights"])
    fit = {"cross_entropy": "softmax", "binary_cross_entropy": "sigmoid"}
    assert P["loss"] in ("mse", "cross_entropy", "binary_cross_entropy")
    if P["loss"] in fit:
        assert Ls[-1]["activation"] == fit[P["loss"]]
    assert len(P["inputs"]) >= 1 and len(P["targets"]) == len(P["inputs"])
    for row in P["inputs"]:
        assert len(row) == len(Ls[0]["weights"][0])
    for row in P["targets"]:
        assert len(row) == len(Ls[-1]["weights"])
        ys = [Fraction(v) for v in row]
        if P["loss"] == "cross_entropy":
            assert all(y >= 0 for y in ys) and abs(sum(ys) - 1) <= Fraction(1, 10 ** 9)
        if P["loss"] == "binary_cross_entropy":
            assert all(0 <= y <= 1 for y in ys)


def validate_graph(G):
    names = set()
    arity = {"input": 0, "const": 0, "add": 2, "sub": 2, "mul": 2, "div": 2, "pow": 2, "neg": 1, "sin": 1,
             "cos": 1, "exp": 1, "log": 1, "tanh": 1, "sigmoid": 1, "relu": 1}
    for n in G["nodes"]:
        assert n["name"] and n["name"] not in names
        assert n["op"] in arity
        if arity[n["op"]] == 0:
            assert "value" in n and "inputs" not in n
        else:
            assert "value" not in n and len(n["inputs"]) == arity[n["op"]]
            assert all(i in names for i in n["inputs"])
        names.add(n["name"])
    assert G["output"] in names


def map_tree(fn, tree):
    if isinstance(tree, dict):
        return {k: map_tree(fn, v) for k, v in tree.items()}
    if isinstance(tree, list):
        return [map_tree(fn, v) for v in tree]
    return fn(tree)


def leaves(tree, place=""):
    if isinstance(tree, dict):
        for k, v in tree.items():
            yield from leaves(v, place + ("." if place else "") + k)
    elif isinstance(tree, list):
        for i, v in enumerate(tree):
            yield from leaves(v, "%s[%d]" % (place, i))
    else:
        yield place, tree


def check_tolerance(vid, expected, found, tol):
    worst = 0.0
    for (place, e), (place2, f) in zip(leaves(expected), leaves(found)):
        assert place == place2
        allowed = tol["absolute"] + tol["relative"] * abs(e)
        err = abs(f - e)
        if not math.isfinite(f) or err > allowed:
            raise AssertionError("%s: float64 check fails at %s: expected %r, float64 gives %r, tolerance %r"
                                 % (vid, place, e, f, allowed))
        if allowed > 0:
            worst = max(worst, err / allowed)
        elif err != 0:
            raise AssertionError(vid)
    return worst


VECTORS = []


def mlp_vector(vid, title, clauses, P, tol, notes="", exact=None, expect_kinks=False):
    validate_problem(P)
    F = EXACT if exact else HI
    if exact is None:
        try:
            R = mlp(EXACT, P)
            F = EXACT
        except ArithmeticError:
            R = mlp(HI, P)
    else:
        R = mlp(F, P)
    is_exact = F is EXACT
    assert R["kinks"] == expect_kinks, vid + ": kinks"
    res = {"loss": R["loss"], "outputs": R["outputs"], "gradients": R["gradients"]}
    expected = map_tree(to_double, res)
    if not is_exact:
        # 60 digits are enough: the same doubles come out of a 90-digit run
        CTX.prec = 90
        R90 = mlp(HI, P)
        CTX.prec = 60
        assert map_tree(to_double, {"loss": R90["loss"], "outputs": R90["outputs"],
                                    "gradients": R90["gradients"]}) == expected, vid + ": precision"
    worst = check_tolerance(vid, expected, mlp_float(P), tol)
    v = {"id": vid, "title": title, "clauses": clauses,
         "source": source_text(clauses[0], "exact rational" if is_exact else "60-digit decimal", ""),
         "problem": problem_json(dict(P, id=vid)), "expected": expected}
    if is_exact:
        v["expected_exact"] = map_tree(exact_str, res)
    v["tolerance"] = tol
    v["kinks"] = R["kinks"]
    if notes:
        v["notes"] = notes
    VECTORS.append(v)
    report_mlp(vid, P, R, is_exact, worst)
    return R


def graph_vector(vid, title, clauses, G, closed_form, tol, notes="", expect_kinks=False):
    validate_graph(G)
    try:
        F = EXACT
        value, grads, vals, Gp = graph_backprop(F, G)
    except ArithmeticError:
        F = HI
        value, grads, vals, Gp = graph_backprop(F, G)
    inputs = [n["name"] for n in G["nodes"] if n["op"] == "input"]
    # the hand-written closed form must agree with the algorithm
    args = {n: F.num(G_node(G, n)["value"]) for n in inputs}
    cv, cg = closed_form(F, **args)
    agree(vid + " value", value, cv)
    for n in inputs:
        agree(vid + " d/d" + n, grads[n], cg[n])
    kinks = any(n["op"] == "relu" and vals[n["inputs"][0]] == 0 for n in G["nodes"])
    assert kinks == expect_kinks, vid + ": kinks"
    res = {"value": value, "gradient": {n: grads[n] for n in inputs}}
    expected = map_tree(to_double, res)
    if F is HI:
        CTX.prec = 90
        v90, g90, _, _ = graph_backprop(HI, G)
        CTX.prec = 60
        assert map_tree(to_double, {"value": v90, "gradient": {n: g90[n] for n in inputs}}) == expected, \
            vid + ": precision"
    fv, fg = graph_float(G)
    worst = check_tolerance(vid, expected, {"value": fv, "gradient": {n: fg[n] for n in inputs}}, tol)
    gj = {"id": vid, "nodes": [dict((k, (jnum(x) if k == "value" else x)) for k, x in n.items())
                               for n in G["nodes"]], "output": G["output"]}
    v = {"id": vid, "title": title, "clauses": clauses,
         "source": source_text(clauses[0], "exact rational" if F is EXACT else "60-digit decimal",
                               " and by a transcription of GBP-BUILDGRAD"),
         "graph": gj, "expected": expected}
    if F is EXACT:
        v["expected_exact"] = map_tree(exact_str, res)
    v["tolerance"] = tol
    v["kinks"] = kinks
    if notes:
        v["notes"] = notes
    VECTORS.append(v)
    say("=" * 100)
    say("GRAPH", vid, "(%s)" % F.name, "float64 worst error/tolerance = %.3g" % worst)
    for n in G["nodes"]:
        say("  %-6s %-8s %-22s = %s%s" % (n["name"], n["op"], ",".join(n.get("inputs", [])), sci(vals[n["name"]]),
                                          "" if n["name"] in Gp else "   [not in G']"))
    say("  value =", sci(value))
    for n in inputs:
        say("  df/d%s = %s" % (n, sci(grads[n])))
    return value, grads, vals


def source_text(clause, arithmetic, extra):
    if clause.startswith("EX-"):
        return ("SPEC.md %s: hand calculation, checked in %s arithmetic by the closed forms%s; "
                "derivation/derive_vectors.py" % (clause, arithmetic, extra))
    return "SPEC.md %s: closed forms in %s arithmetic%s; derivation/derive_vectors.py" % (clause, arithmetic, extra)


def G_node(G, name):
    return next(n for n in G["nodes"] if n["name"] == name)


def agree(what, a, b):
    if isinstance(a, Fraction) and isinstance(b, Fraction):
        assert a == b, "%s: %s != %s" % (what, a, b)
    else:
        a, b = Decimal(a) if not isinstance(a, Fraction) else Decimal(a.numerator) / a.denominator, \
            Decimal(b) if not isinstance(b, Fraction) else Decimal(b.numerator) / b.denominator
        assert abs(a - b) <= Decimal("1e-50") * max(1, abs(a)), "%s: %s != %s" % (what, a, b)


def report_mlp(vid, P, R, is_exact, worst):
    say("=" * 100)
    say("PROBLEM", vid, "(%s)" % ("exact" if is_exact else "60-digit"), "m =", R["m"],
        "float64 worst error/tolerance = %.3g" % worst)
    for e in range(R["m"]):
        say("  example", e, " x =", [sci(v) for v in R["a"][e][0]])
        for l in range(len(P["layers"])):
            say("    z^%d =" % (l + 1), [sci(v) for v in R["z"][e][l]])
            say("    a^%d =" % (l + 1), [sci(v) for v in R["a"][e][l + 1]])
        for l in range(len(P["layers"])):
            say("    delta^%d =" % (l + 1), [sci(v) for v in R["delta"][e][l]])
    say("  loss =", sci(R["loss"]))
    for l, g in enumerate(R["gradients"]):
        say("  dJ/dW^%d =" % (l + 1), [[sci(v) for v in row] for row in g["weights"]])
        say("  dJ/db^%d =" % (l + 1), [sci(v) for v in g["bias"]])


# ----------------------------------------------------------------------------------------------------
# Tolerances (FMT-VECTOR).  Chosen for a careful float64 implementation; each is checked above against
# the float64 run, which must pass with room to spare.
# ----------------------------------------------------------------------------------------------------

TOL_EXACT = {"absolute": 0.0, "relative": 0.0}          # dyadic numbers: every double operation is exact
TOL_RATIONAL = {"absolute": 1e-15, "relative": 1e-15}   # rational, inputs like 0.3 not exact in binary
TOL_TRANS = {"absolute": 1e-15, "relative": 1e-14}      # transcendental functions


def L(act, W, b):
    return {"activation": act, "weights": W, "bias": b}


# ----------------------------------------------------------------------------------------------------
# The worked examples (EX-*).
# ----------------------------------------------------------------------------------------------------

def worked_examples():
    # EX-XOR (seed 000 "BEISPIEL (XOR)")
    xor = {"layers": [L("relu", [["1", "1"], ["1", "1"]], ["0", "-1"]), L("identity", [["1", "-2"]], ["0"])],
           "loss": "mse", "inputs": [["0", "0"], ["0", "1"], ["1", "0"], ["1", "1"]],
           "targets": [["0"], ["1"], ["1"], ["0"]]}
    R = mlp_vector("xor-relu", "The slides' XOR network: exact predictions, zero loss, zero gradient",
                   ["EX-XOR", "FWD-Z", "FWD-A", "ACT-RELU", "ACT-KINK", "LOSS-MSE", "BP1", "BP2", "BP3", "BP4"],
                   xor, TOL_EXACT, exact=True, expect_kinks=True,
                   notes="z^1 = [0,-1], [1,0], [1,0], [2,1]: three pre-activations are exactly 0, on the ReLU "
                         "kink. The gradient is exactly 0 whatever relu'(0) is, because every output error "
                         "is 0.")
    # HAND: predictions 0,1,1,0; loss 0; every gradient 0
    assert [r[0] for r in R["outputs"]] == [0, 1, 1, 0] and R["loss"] == 0
    assert all(v == 0 for g in R["gradients"] for row in g["weights"] for v in row)

    # EX-XOR-SHIFTED (FMT-RESULT example)
    sh = dict(xor)
    sh["layers"] = [xor["layers"][0], L("identity", [["1", "-2"]], ["0.3"])]
    R = mlp_vector("xor-relu-shifted", "The slides' XOR network with its output moved by 0.3",
                   ["EX-XOR-SHIFTED", "FWD-Z", "FWD-A", "ACT-RELU", "ACT-KINK", "LOSS-MSE", "BP1", "BP2", "BP3",
                    "BP4"], sh, TOL_RATIONAL, exact=True, expect_kinks=True,
                   notes="Three hidden pre-activations sit exactly on the ReLU kink. With relu'(0) = 0 the "
                         "first hidden bias gets 0.225 = 9/40; a central finite difference gives 0.2625 = "
                         "21/80 (the mean of the one-sided slopes 0.3 and 0.225). See SPEC.md EX-XOR-SHIFTED.")
    Fr = Fraction
    # HAND: the numbers of EX-XOR-SHIFTED
    assert R["loss"] == Fr(9, 200)
    assert R["outputs"] == [[Fr(3, 10)], [Fr(13, 10)], [Fr(13, 10)], [Fr(3, 10)]]
    assert R["gradients"][0]["weights"] == [[Fr(3, 20), Fr(3, 20)], [Fr(-3, 20), Fr(-3, 20)]]
    assert R["gradients"][0]["bias"] == [Fr(9, 40), Fr(-3, 20)]
    assert R["gradients"][1]["weights"] == [[Fr(3, 10), Fr(3, 40)]]
    assert R["gradients"][1]["bias"] == [Fr(3, 10)]
    assert all(R["delta"][e][1] == [Fr(3, 40)] for e in range(4))
    assert [R["delta"][e][0] for e in range(4)] == [[0, 0], [Fr(3, 40), 0], [Fr(3, 40), 0], [Fr(3, 40), Fr(-3, 20)]]
    finite_differences_at_kinks(sh)

    # EX-SOFTMAX-4CLASS (seed 001 "Klassifikation: Von der Netzausgabe zum Fehler")
    yhat = ["0.08", "0.25", "0.42", "0.25"]
    biases = [repr(float(str(Decimal(p).ln()))) for p in yhat]
    P4 = {"layers": [L("softmax", [["0"], ["0"], ["0"], ["0"]], biases)], "loss": "cross_entropy",
          "inputs": [["1"]], "targets": [["0", "1", "0", "0"]]}
    R = mlp_vector("softmax-ce-4class", "The slides' four-class example: softmax output, cross entropy",
                   ["EX-SOFTMAX-4CLASS", "ACT-SOFTMAX", "LOSS-CE", "LOSS-STABLE", "BP1-SOFTMAX-CE", "BP3", "BP4"],
                   P4, TOL_TRANS,
                   notes="Biases are the doubles nearest ln(0.08), ln(0.25), ln(0.42), ln(0.25), so the "
                         "outputs are [0.08, 0.25, 0.42, 0.25] up to rounding; expected values are computed "
                         "from the biases as written, not from the ideal outputs. Target class 1, predicted "
                         "class argmax = 2; loss = ln 4 up to rounding.")
    assert abs(R["loss"] - Decimal(4).ln()) < Decimal("1e-15")
    assert [round(float(v), 12) for v in R["outputs"][0]] == [0.08, 0.25, 0.42, 0.25]
    say("  4-class biases:", biases)

    # EX-SIGMOID-2LAYER (the well-known 2-2-2 example)
    P2 = {"layers": [L("sigmoid", [["0.15", "0.2"], ["0.25", "0.3"]], ["0.35", "0.35"]),
                     L("sigmoid", [["0.4", "0.45"], ["0.5", "0.55"]], ["0.6", "0.6"])],
          "loss": "mse", "inputs": [["0.05", "0.1"]], "targets": [["0.01", "0.99"]]}
    R = mlp_vector("sigmoid-2layer", "A 2-2-2 sigmoid network worked through FWD, BP1, BP2, BP3, BP4",
                   ["EX-SIGMOID-2LAYER", "FWD-Z", "FWD-A", "ACT-SIGMOID", "LOSS-MSE", "BP1", "BP2", "BP3", "BP4"],
                   P2, TOL_TRANS)
    # HAND: the 9-digit numbers usually published for this example
    checks = [(R["a"][0][1][0], "0.593269992"), (R["a"][0][1][1], "0.596884378"), (R["a"][0][2][0], "0.75136507"),
              (R["a"][0][2][1], "0.772928465"), (R["loss"], "0.298371109"),
              (R["gradients"][1]["weights"][0][0], "0.082167041"), (R["gradients"][0]["weights"][0][0], "0.000438568")]
    for v, s in checks:
        assert abs(v - Decimal(s)) < Decimal("1e-8"), (v, s)

    # EX-GRADIENT (seed 000 "BEISPIEL": f(x) = 2 x1^2 + x2^3)
    g = {"nodes": [{"name": "x1", "op": "input", "value": "1"}, {"name": "x2", "op": "input", "value": "2"},
                   {"name": "c2", "op": "const", "value": "2"}, {"name": "e2", "op": "const", "value": "2"},
                   {"name": "e3", "op": "const", "value": "3"},
                   {"name": "p1", "op": "pow", "inputs": ["x1", "e2"]}, {"name": "t1", "op": "mul", "inputs": ["c2", "p1"]},
                   {"name": "p2", "op": "pow", "inputs": ["x2", "e3"]}, {"name": "f", "op": "add", "inputs": ["t1", "p2"]}],
         "output": "f"}
    v, gr, _ = graph_vector("gradient-poly", "The gradient of f(x) = 2 x1^2 + x2^3 at (1, 2)",
                            ["EX-GRADIENT", "GBP-BUILDGRAD", "GBP-OP-POW", "GBP-OP-MUL", "GBP-OP-ADD", "GBP-OP-CONST",
                             "GBP-OP-INPUT"], g,
                            lambda F, x1, x2: (2 * x1 ** 2 + x2 ** 3, {"x1": 4 * x1, "x2": 3 * x2 ** 2}), TOL_EXACT)
    assert v == 10 and gr == {"x1": 4, "x2": 12}

    # EX-GD-STEP (seed 000 "STOCHASTIC GRADIENT DESCENT ... BEISPIEL": f = x1^2 - x2^2 at (2, 1))
    g = {"nodes": [{"name": "x1", "op": "input", "value": "2"}, {"name": "x2", "op": "input", "value": "1"},
                   {"name": "two", "op": "const", "value": "2"},
                   {"name": "s1", "op": "pow", "inputs": ["x1", "two"]}, {"name": "s2", "op": "pow", "inputs": ["x2", "two"]},
                   {"name": "f", "op": "sub", "inputs": ["s1", "s2"]}], "output": "f"}
    v, gr, _ = graph_vector("gd-step-saddle", "The gradient of f(x) = x1^2 - x2^2 at (2, 1), the slides' descent step",
                            ["EX-GD-STEP", "GD-STEP", "GBP-OP-POW", "GBP-OP-SUB"], g,
                            lambda F, x1, x2: (x1 ** 2 - x2 ** 2, {"x1": 2 * x1, "x2": -2 * x2}), TOL_EXACT,
                            notes="One step with learning rate 1/10 goes from (2, 1) to (8/5, 6/5); f falls from 3 "
                                  "to 28/25. (0, 0) is a saddle: x2 grows by the factor 6/5 every step.")
    assert v == 3 and gr == {"x1": 4, "x2": -2}
    lam = Fraction(1, 10)
    new = (2 - lam * 4, 1 - lam * (-2))
    assert new == (Fraction(8, 5), Fraction(6, 5)) and new[0] ** 2 - new[1] ** 2 == Fraction(28, 25)
    pt = (Fraction(2), Fraction(1))
    for k in range(1, 4):
        pt = (pt[0] - lam * 2 * pt[0], pt[1] + lam * 2 * pt[1])
        say("  GD step %d: (%s, %s), f = %s" % (k, pt[0], pt[1], pt[0] ** 2 - pt[1] ** 2))

    # EX-JACOBIAN (seed 000 "JACOBI MATRIX"): rows = gradients of f1 = 2 x1^2 + x2^3 and f2 = x1^2 - x2^2
    x1, x2 = Fraction(1), Fraction(2)
    jac = [[4 * x1, 3 * x2 ** 2], [2 * x1, -2 * x2]]
    # HAND: J = [[4, 12], [2, -4]]; (1, 1) J = (6, 8)
    assert jac == [[4, 12], [2, -4]]
    assert [jac[0][k] + jac[1][k] for k in range(2)] == [6, 8]

    # EX-GRAPH-ADD (seed 000 "ADDITION BEISPIEL": y = a + b)
    g = {"nodes": [{"name": "a", "op": "input", "value": "1.5"}, {"name": "b", "op": "input", "value": "-0.25"},
                   {"name": "y", "op": "add", "inputs": ["a", "b"]}], "output": "y"}
    v, gr, _ = graph_vector("graph-add", "y = a + b at (3/2, -1/4): the slides' first computational graph",
                            ["EX-GRAPH-ADD", "GBP-OP-ADD", "GBP-GRAPH"], g,
                            lambda F, a, b: (a + b, {"a": 1, "b": 1}), TOL_EXACT)
    # HAND: y = 5/4, dy/da = dy/db = 1
    assert v == Fraction(5, 4) and gr == {"a": 1, "b": 1}

    # EX-GRAPH-FANOUT (seed 000 "KOMPLEXERE BEISPIELE": x = y + z, a = x (.) z; z feeds x and a)
    g = {"nodes": [{"name": "y", "op": "input", "value": "2"}, {"name": "z", "op": "input", "value": "-3"},
                   {"name": "x", "op": "add", "inputs": ["y", "z"]}, {"name": "a", "op": "mul", "inputs": ["x", "z"]}],
         "output": "a"}
    log = []
    graph_backprop(EXACT, g, log)
    # HAND: grad_table fills a (initial), x, y, z
    assert [(n, val) for n, val in log] == [("a", 1), ("x", -3), ("y", -3), ("z", -4)]
    v, gr, _ = graph_vector("graph-fanout", "x = y + z, a = x * z at (2, -3): z feeds two nodes, its adjoint is a sum",
                            ["EX-GRAPH-FANOUT", "GBP-BUILDGRAD", "GBP-OP-ADD", "GBP-OP-MUL"], g,
                            lambda F, y, z: ((y + z) * z, {"y": z, "z": y + 2 * z}), TOL_EXACT,
                            notes="a = (y + z) z = yz + z^2: da/dy = z = -3, da/dz = y + 2z = -4 = x + z, the sum "
                                  "of the direct term x (through a) and z * 1 (through x).")
    # HAND: x = -1, a = 3, da/dy = -3, da/dz = -4
    assert v == 3 and gr == {"y": -3, "z": -4}

    # EX-CHAIN-STORE (seed 000 "KETTENREGEL ALS GRAPH"): f = sin and f(x) = x*x
    g = {"nodes": [{"name": "w", "op": "input", "value": "0.5"}, {"name": "x", "op": "sin", "inputs": ["w"]},
                   {"name": "y", "op": "sin", "inputs": ["x"]}, {"name": "z", "op": "sin", "inputs": ["y"]}],
         "output": "z"}

    def chain_sin(F, w):
        x = F.sin(w)
        y = F.sin(x)
        return F.sin(y), {"w": F.cos(y) * F.cos(x) * F.cos(w)}
    graph_vector("chain-sin", "z = f(f(f(w))) with f = sin at w = 0.5: the chain rule with stored values",
                 ["EX-CHAIN-STORE", "FWD-STORE", "GBP-OP-SIN", "GBP-BUILDGRAD"], g, chain_sin, TOL_TRANS)
    g = {"nodes": [{"name": "w", "op": "input", "value": "0.5"}, {"name": "x", "op": "mul", "inputs": ["w", "w"]},
                   {"name": "y", "op": "mul", "inputs": ["x", "x"]}, {"name": "z", "op": "mul", "inputs": ["y", "y"]}],
         "output": "z"}
    v, gr, _ = graph_vector("chain-square", "z = f(f(f(w))) with f(x) = x*x at w = 1/2: z = w^8, dz/dw = 8 w^7",
                            ["EX-CHAIN-STORE", "FWD-STORE", "GBP-OP-MUL", "GBP-BPROP"], g,
                            lambda F, w: (w ** 8, {"w": 8 * w ** 7}), TOL_EXACT,
                            notes="Each mul node has the same node as both inputs: its bprop adds both "
                                  "partial derivatives (GBP-BPROP).")
    assert v == Fraction(1, 256) and gr["w"] == Fraction(1, 16)

    # EX-ADJOINT (seed 003 section 4.5; FMT-GRAPH example)
    g = {"nodes": [{"name": "x1", "op": "input", "value": "0.7"}, {"name": "x2", "op": "input", "value": "-1.3"},
                   {"name": "w3", "op": "mul", "inputs": ["x1", "x2"]}, {"name": "w4", "op": "sin", "inputs": ["x1"]},
                   {"name": "w5", "op": "add", "inputs": ["w3", "w4"]}], "output": "w5"}
    log = []
    graph_backprop(HI, g, log)
    say("  adjoint fill order of GBP-BUILDGRAD:", ", ".join("%s=%s" % (n, sci(v)) for n, v in log))
    # HAND: the memoised recursion fills w5 (initial), w3, w4, x1, x2
    assert [n for n, _ in log] == ["w5", "w3", "w4", "x1", "x2"]
    graph_vector("adjoint", "f(x1, x2) = sin(x1) + x1 x2 at (0.7, -1.3): reverse-mode adjoints",
                 ["EX-ADJOINT", "GBP-GRADTABLE", "GBP-BUILDGRAD", "GBP-BPROP", "GBP-OP-MUL", "GBP-OP-SIN",
                  "GBP-OP-ADD", "GBP-OP-INPUT"], g,
                 lambda F, x1, x2: (F.sin(x1) + x1 * x2, {"x1": F.cos(x1) + x2, "x2": x1}), TOL_TRANS)


def finite_differences_at_kinks(P):
    """EX-XOR-SHIFTED: one-sided and central differences of J at the kinks, exactly.

    Near the point J is piecewise quadratic in each parameter, so the difference quotients are
    D(h) = s + c h exactly for small h; s = 2 D(h) - D(2h) is the one-sided slope."""
    def J(theta_path, h):
        Q = json.loads(json.dumps(P))
        layer, field, idx = theta_path
        if field == "bias":
            Q["layers"][layer]["bias"][idx] = str(Fraction(Q["layers"][layer]["bias"][idx]) + h)
        else:
            j, i = idx
            Q["layers"][layer]["weights"][j][i] = str(Fraction(Q["layers"][layer]["weights"][j][i]) + h)
        return mlp(EXACT, Q)["loss"]

    h = Fraction(1, 1000)
    say("  finite differences of J for xor-relu-shifted (h = 1/1000, slopes exact):")
    for path in [(0, "bias", 0), (0, "bias", 1), (0, "weights", (0, 0)), (0, "weights", (0, 1)),
                 (0, "weights", (1, 0)), (0, "weights", (1, 1))]:
        J0 = J(path, 0)
        fwd = lambda hh: (J(path, hh) - J0) / hh
        bwd = lambda hh: (J0 - J(path, -hh)) / hh
        right = 2 * fwd(h) - fwd(2 * h)
        left = 2 * bwd(h) - bwd(2 * h)
        central = (J(path, h) - J(path, -h)) / (2 * h)
        say("    %-22s right-hand %-8s left-hand %-8s central(h) %s, limit %s"
            % (str(path), right, left, central, (right + left) / 2))
        if path == (0, "bias", 0):
            # HAND: right 3/10, left 9/40, central 21/80 + h/16
            assert right == Fraction(3, 10) and left == Fraction(9, 40)
            assert central == Fraction(21, 80) + h / 16


# ----------------------------------------------------------------------------------------------------
# Coverage vectors.
# ----------------------------------------------------------------------------------------------------

def coverage():
    mlp_vector("identity-mse-batch1", "One identity layer, mse, a batch of one example",
               ["BP1", "ACT-IDENTITY", "LOSS-MSE", "BP3", "BP4", "LOSS-MEAN"],
               {"layers": [L("identity", [["0.5", "-1", "2"], ["1.5", "0.25", "-0.75"]], ["0.1", "-0.2"])],
                "loss": "mse", "inputs": [["1", "2", "-1"]], "targets": [["0", "1"]]}, TOL_RATIONAL)

    R = mlp_vector("identity-mse-batch3", "Linear regression, mse, a batch of three examples",
                   ["BP-BATCH", "LOSS-MEAN", "ACT-IDENTITY", "LOSS-MSE", "BP1", "BP3", "BP4"],
                   {"layers": [L("identity", [["2", "-1"]], ["0.5"])], "loss": "mse",
                    "inputs": [["1", "0"], ["0", "1"], ["1", "1"]], "targets": [["1"], ["0"], ["3"]]}, TOL_RATIONAL)
    assert R["loss"] == Fraction(19, 24) and R["gradients"][0]["weights"] == [[0, Fraction(-2, 3)]]

    mlp_vector("relu-kink", "ReLU with pre-activations exactly 0: relu'(0) = 0",
               ["ACT-KINK", "ACT-RELU", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("relu", [["1", "-1"], ["0.5", "0.5"], ["-1", "2"]], ["0", "-1", "0.5"]),
                           L("identity", [["1", "-2", "0.5"]], ["0.25"])],
                "loss": "mse", "inputs": [["1", "1"], ["2", "0"]], "targets": [["0.5"], ["0"]]}, TOL_EXACT,
               expect_kinks=True,
               notes="z^1 = [0, 0, 1.5] and [2, 0, -1.5]: three units on the kink, where relu' is taken as 0.")

    mlp_vector("leaky-relu", "Leaky ReLU (slope 0.1 for z <= 0) away from its kink",
               ["ACT-LEAKY-RELU", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("leaky_relu", [["1", "-2"], ["-0.5", "1.5"]], ["0.25", "-0.5"]),
                           L("identity", [["1", "0.5"], ["-1", "2"]], ["0", "0.1"])],
                "loss": "mse", "inputs": [["1", "0.5"], ["-1", "1"]], "targets": [["0.5", "-0.5"], ["1", "0"]]},
               TOL_RATIONAL)

    mlp_vector("leaky-relu-kink", "Leaky ReLU with pre-activations exactly 0: leaky_relu'(0) = 0.1",
               ["ACT-KINK", "ACT-LEAKY-RELU", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("leaky_relu", [["1", "-1"], ["2", "1"]], ["0", "-3"]),
                           L("identity", [["1", "1"]], ["0"])],
                "loss": "mse", "inputs": [["1", "1"], ["2", "-1"]], "targets": [["1"], ["0"]]}, TOL_RATIONAL,
               expect_kinks=True,
               notes="z^1 = [0, 0] and [3, 0]: three units on the kink, where leaky_relu' is taken as 0.1.")

    mlp_vector("hardtanh-linear", "hardtanh inside (-1, 1), where it is the identity",
               ["ACT-HARDTANH", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("hardtanh", [["0.5", "-0.25"], ["0.25", "0.5"]], ["0.125", "-0.25"]),
                           L("identity", [["1", "-1"]], ["0.5"])],
                "loss": "mse", "inputs": [["1", "1"], ["-1", "0.5"]], "targets": [["0"], ["1"]]}, TOL_EXACT)

    mlp_vector("hardtanh-saturated", "hardtanh saturated at -1 and 1: zero derivative, zero hidden gradient",
               ["ACT-HARDTANH", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("hardtanh", [["2", "1"], ["-3", "0.5"]], ["0.25", "-1"]),
                           L("identity", [["1", "0.5"]], ["0"])],
                "loss": "mse", "inputs": [["1", "1"], ["-1", "0.5"]], "targets": [["0"], ["0"]]}, TOL_EXACT)

    mlp_vector("hardtanh-kink", "hardtanh with pre-activations exactly 1 and -1: hardtanh'(+-1) = 0",
               ["ACT-KINK", "ACT-HARDTANH", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("hardtanh", [["1", "0"], ["0", "1"], ["0.5", "0.5"]], ["0", "0", "0"]),
                           L("identity", [["1", "1", "1"]], ["0"])],
                "loss": "mse", "inputs": [["1", "-1"], ["0.5", "2"]], "targets": [["0.5"], ["0"]]}, TOL_EXACT,
               expect_kinks=True, notes="Example 0 has z^1 = [1, -1, 0]: units 0 and 1 sit on the kinks.")

    mlp_vector("tanh-mse", "A tanh hidden layer, identity output, mse, batch of two",
               ["ACT-TANH", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("tanh", [["0.1", "-0.2"], ["0.4", "0.3"], ["-0.5", "0.6"]], ["0.05", "-0.1", "0.2"]),
                           L("identity", [["0.7", "-0.8", "0.9"]], ["-0.3"])],
                "loss": "mse", "inputs": [["0.5", "-1.5"], ["2", "1"]], "targets": [["0.25"], ["-0.75"]]}, TOL_TRANS)

    mlp_vector("sigmoid-bce-batch3", "tanh hidden layer, two sigmoid outputs, binary cross entropy, batch of three",
               ["LOSS-BCE", "BP1-SIGMOID-BCE", "LOSS-STABLE", "ACT-SIGMOID", "ACT-TANH", "BP2", "BP3", "BP4"],
               {"layers": [L("tanh", [["0.3", "-0.6"], ["0.9", "0.2"]], ["0.1", "-0.4"]),
                           L("sigmoid", [["1.2", "-0.7"], ["-0.4", "0.8"]], ["0.05", "-0.15"])],
                "loss": "binary_cross_entropy", "inputs": [["1", "0"], ["0", "1"], ["-0.5", "0.75"]],
                "targets": [["1", "0"], ["0", "0.5"], ["0.25", "1"]]}, TOL_TRANS)

    mlp_vector("softmax-ce-batch3", "ReLU hidden layer, softmax output, cross entropy with soft targets, batch of three",
               ["LOSS-CE", "BP1-SOFTMAX-CE", "ACT-SOFTMAX", "LOSS-STABLE", "ACT-RELU", "BP2", "BP3", "BP4"],
               {"layers": [L("relu", [["0.5", "-0.5"], ["1", "0.25"], ["-0.75", "1"]], ["0.1", "-0.2", "0.3"]),
                           L("softmax", [["0.2", "-0.3", "0.4"], ["-0.5", "0.6", "0.1"], ["0.3", "0.2", "-0.6"]],
                             ["0", "0.1", "-0.1"])],
                "loss": "cross_entropy", "inputs": [["1", "2"], ["-1", "0.5"], ["0.5", "-1"]],
                "targets": [["1", "0", "0"], ["0.2", "0.3", "0.5"], ["0", "0", "1"]]}, TOL_TRANS)

    mlp_vector("softmax-mse-jacobian", "softmax output with mse: the output error through the softmax Jacobian",
               ["BP1-JACOBIAN", "ACT-SOFTMAX", "LOSS-MSE", "ACT-TANH", "BP2", "BP3", "BP4"],
               {"layers": [L("tanh", [["0.6", "-0.4"], ["0.2", "0.8"]], ["0", "0.1"]),
                           L("softmax", [["1", "-1"], ["0.5", "0.5"], ["-1", "2"]], ["0", "0.25", "-0.5"])],
                "loss": "mse", "inputs": [["0.5", "1"], ["-1", "0.25"]],
                "targets": [["0", "1", "0"], ["0.5", "0.5", "0"]]}, TOL_TRANS)

    R = mlp_vector("ce-large-logits", "Cross entropy with logits of magnitude 1000: finite loss, exact gradients",
                   ["LOSS-STABLE", "LOSS-CE", "ACT-SOFTMAX", "BP1-SOFTMAX-CE", "BP3", "BP4"],
                   {"layers": [L("softmax", [["1000"], ["-1000"], ["0"]], ["0", "0", "0"])],
                    "loss": "cross_entropy", "inputs": [["1"], ["-1"]],
                    "targets": [["0", "1", "0"], ["0.25", "0.25", "0.5"]]}, TOL_TRANS,
                   notes="z = [1000, -1000, 0] and [-1000, 1000, 0]. A naive softmax overflows (e^1000) and "
                         "gives NaN; log-sum-exp gives J = 1500 + 5.1e-435 and the gradients below.")
    assert abs(R["loss"] - 1500) < Decimal("1e-50")  # exactly 1500 + 5.08e-435

    R = mlp_vector("bce-large-logits", "Binary cross entropy with logits of magnitude 1000: finite loss, exact gradients",
                   ["LOSS-STABLE", "LOSS-BCE", "ACT-SIGMOID", "BP1-SIGMOID-BCE", "BP3", "BP4"],
                   {"layers": [L("sigmoid", [["1000"], ["-1000"]], ["0", "0"])],
                    "loss": "binary_cross_entropy", "inputs": [["1"], ["-1"]],
                    "targets": [["0", "0.25"], ["1", "1"]]}, TOL_TRANS,
                   notes="z = [1000, -1000] and [-1000, 1000]. ln(1 - sigma(1000)) is ln 0 in doubles; "
                         "softplus gives J = 1125 + 1e-434 and the gradients below.")
    assert abs(R["loss"] - 1125) < Decimal("1e-50")  # exactly 1125 + 1.02e-434

    mlp_vector("sigmoid-saturated", "Saturated sigmoid units (z = +-800, +-400, 40, 20): derivative 0 or tiny, never NaN",
               ["ACT-SIGMOID", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("sigmoid", [["800"], ["-800"], ["40"]], ["0", "0", "0"]),
                           L("identity", [["1", "2", "-1"]], ["0"])],
                "loss": "mse", "inputs": [["1"], ["0.5"]], "targets": [["0.5"], ["0.5"]]}, TOL_TRANS,
               notes="sigma'(800) = 3.7e-348 rounds to 0; sigma'(40) = 4.2e-18 and sigma'(20) = 2.1e-9 are "
                     "representable; a double implementation that gets 0 for sigma'(40) is within the absolute "
                     "tolerance.")

    mlp_vector("tanh-saturated", "Saturated tanh units (z = +-400, 20): derivative 0 or tiny, never NaN",
               ["ACT-TANH", "BP2", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("tanh", [["400"], ["-400"], ["20"]], ["0", "0", "0"]),
                           L("identity", [["0.5", "-0.5", "1"]], ["0"])],
                "loss": "mse", "inputs": [["1"]], "targets": [["1"]]}, TOL_TRANS)

    mlp_vector("mlp-3layer-exact", "Three layers: relu, leaky_relu, identity; mse; batch of two (exact)",
               ["BP2", "ACT-RELU", "ACT-LEAKY-RELU", "ACT-IDENTITY", "BP1", "BP3", "BP4", "LOSS-MSE"],
               {"layers": [L("relu", [["1", "-1"], ["0.5", "1"], ["-1", "0.5"]], ["0.25", "-0.5", "0.5"]),
                           L("leaky_relu", [["1", "-0.5", "0.25"], ["-1", "1", "0.5"]], ["0", "-0.25"]),
                           L("identity", [["2", "-1"]], ["0.5"])],
                "loss": "mse", "inputs": [["1", "0.5"], ["-0.5", "2"]], "targets": [["1"], ["-1"]]}, TOL_RATIONAL)

    mlp_vector("mlp-3layer-tanh-sigmoid-softmax", "Three layers: tanh, sigmoid, softmax; cross entropy; batch of two",
               ["BP2", "ACT-TANH", "ACT-SIGMOID", "ACT-SOFTMAX", "LOSS-CE", "BP1-SOFTMAX-CE", "BP3", "BP4"],
               {"layers": [L("tanh", [["0.2", "-0.4"], ["0.7", "0.1"], ["-0.3", "0.5"]], ["0.1", "0", "-0.1"]),
                           L("sigmoid", [["0.6", "-0.2", "0.3"], ["-0.5", "0.4", "0.8"]], ["0.05", "-0.05"]),
                           L("softmax", [["1", "-1"], ["0.5", "0.5"], ["-1", "1"]], ["0.2", "0", "-0.2"])],
                "loss": "cross_entropy", "inputs": [["1", "-1"], ["0.5", "2"]],
                "targets": [["0", "0", "1"], ["0.5", "0.5", "0"]]}, TOL_TRANS)

    # ---------------------------------------------------------------- graphs
    def node(name, op, *inputs, value=None):
        n = {"name": name, "op": op}
        if value is not None:
            n["value"] = value
        else:
            n["inputs"] = list(inputs)
        return n

    g = {"nodes": [node("x", "input", value="1.5"), node("y", "input", value="-0.5"), node("three", "const", value="3"),
                   node("s", "add", "x", "y"), node("d", "sub", "x", "y"), node("p", "mul", "s", "d"),
                   node("q", "div", "s", "d"), node("nq", "neg", "q"), node("r", "pow", "d", "three"),
                   node("u1", "add", "p", "nq"), node("u", "add", "u1", "r"), node("f", "mul", "u", "s")],
         "output": "f"}

    def arith(F, x, y):
        s, d = x + y, x - y
        u = s * d - s / d + d ** 3
        dfs = (d - 1 / d) * s + u
        dfd = (s + s / (d * d) + 3 * d * d) * s
        return u * s, {"x": dfs + dfd, "y": dfs - dfd}
    v, gr, _ = graph_vector("graph-arith", "add, sub, mul, div, neg, pow, const; s = x + y has three consumers",
                            ["GBP-OPS", "GBP-OP-ADD", "GBP-OP-SUB", "GBP-OP-MUL", "GBP-OP-DIV", "GBP-OP-NEG",
                             "GBP-OP-POW", "GBP-OP-CONST", "GBP-BUILDGRAD"], g, arith, TOL_EXACT,
                            notes="f = (s d - s/d + d^3) s with s = x + y, d = x - y; s feeds p, q and f.")
    assert v == Fraction(19, 2) and gr == {"x": Fraction(97, 4), "y": Fraction(-9, 4)}

    g = {"nodes": [node("x", "input", value="0.5"), node("y", "input", value="2"),
                   node("e", "exp", "x"), node("l", "log", "y"), node("u1", "mul", "e", "l"),
                   node("sn", "sin", "x"), node("cs", "cos", "y"), node("u2", "mul", "sn", "cs"),
                   node("u3", "sub", "u1", "u2"), node("th", "tanh", "x"), node("u4", "add", "u3", "th"),
                   node("sg", "sigmoid", "y"), node("pw", "pow", "y", "x"), node("u5", "mul", "sg", "pw"),
                   node("f", "add", "u4", "u5")], "output": "f"}

    def trans(F, x, y):
        ex, ly, sx, cx, sy, cy = F.exp(x), F.ln(y), F.sin(x), F.cos(x), F.sin(y), F.cos(y)
        th, sg = F.tanh(x), F.sigmoid(y)
        pw = F.exp(x * ly)
        f = ex * ly - sx * cy + th + sg * pw
        dx = ex * ly - cx * cy + (1 - th * th) + sg * pw * ly
        dy = ex / y + sx * sy + sg * (1 - sg) * pw + sg * x * F.exp((x - 1) * ly)
        return f, {"x": dx, "y": dy}
    graph_vector("graph-transcendental", "exp, log, sin, cos, tanh, sigmoid, pow with an input exponent; x and y have four consumers each",
                 ["GBP-OPS", "GBP-OP-EXP", "GBP-OP-LOG", "GBP-OP-SIN", "GBP-OP-COS", "GBP-OP-TANH", "GBP-OP-SIGMOID",
                  "GBP-OP-POW", "GBP-OP-MUL", "GBP-OP-SUB", "GBP-OP-ADD", "GBP-BUILDGRAD"], g, trans, TOL_TRANS,
                 notes="f = e^x ln y - sin x cos y + tanh x + sigmoid(y) y^x at (0.5, 2).")

    g = {"nodes": [node("a", "input", value="0"), node("b", "input", value="-0.5"), node("c", "input", value="2"),
                   node("d", "input", value="1.25"), node("two", "const", value="2"),
                   node("r1", "relu", "a"), node("r2", "relu", "b"), node("r3", "relu", "c"),
                   node("s1", "add", "r1", "r2"), node("s2", "mul", "r3", "d"), node("s3", "add", "s1", "s2"),
                   node("k", "sub", "c", "two"), node("r4", "relu", "k"), node("f", "add", "s3", "r4")],
         "output": "f"}

    def relu_g(F, a, b, c, d):
        r = lambda t: t if t > 0 else t * 0
        rp = lambda t: 1 if t > 0 else 0
        return r(a) + r(b) + r(c) * d + r(c - 2), {"a": rp(a) + a * 0, "b": rp(b) + b * 0,
                                                     "c": rp(c) * d + rp(c - 2), "d": r(c)}
    graph_vector("graph-relu-kink", "relu at 0 (an input and a computed 0), below 0 and above 0",
                 ["GBP-OP-RELU", "ACT-KINK", "GBP-OP-SUB", "GBP-OP-MUL", "GBP-OP-ADD"], g, relu_g, TOL_EXACT,
                 expect_kinks=True,
                 notes="relu'(0) = 0: df/da = 0 and df/dc = 1.25 (not 1.75); central differences give 0.5 "
                       "for a and 1.75 for c.")

    g = {"nodes": [node("x", "input", value="3"), node("sq", "mul", "x", "x"), node("db", "add", "x", "x"),
                   node("one", "div", "x", "x"), node("zero", "sub", "x", "x"), node("t1", "add", "sq", "db"),
                   node("t2", "add", "t1", "one"), node("f", "add", "t2", "zero")], "output": "f"}
    v, gr, _ = graph_vector("graph-repeated-input", "The same node as both inputs of mul, add, div and sub",
                            ["GBP-BPROP", "GBP-BUILDGRAD", "GBP-OP-MUL", "GBP-OP-ADD", "GBP-OP-DIV", "GBP-OP-SUB"], g,
                            lambda F, x: (x * x + 2 * x + 1, {"x": 2 * x + 2}), TOL_RATIONAL,
                            notes="x*x, x+x, x/x, x-x: the bprop of a node that has x at both inputs is the "
                                  "sum of both partials: 2x, 2, 1/x - x/x^2 = 0, 1 - 1 = 0.")
    assert v == 16 and gr == {"x": 8}

    g = {"nodes": [node("x", "input", value="2"), node("y", "input", value="3"), node("z", "input", value="5"),
                   node("nx", "neg", "x"), node("dead", "pow", "nx", "y"),
                   node("cb", "const", value="-2"), node("ce", "const", value="3"), node("k", "pow", "cb", "ce"),
                   node("m", "mul", "x", "y"), node("out", "add", "m", "k")], "output": "out"}
    v, gr, vals = graph_vector("graph-subgraph", "G' only: a dead branch, a constant subtree and an unused input",
                               ["GBP-SUBGRAPH", "GBP-BUILDGRAD", "GBP-OP-POW", "GBP-OP-NEG", "GBP-OP-CONST",
                                "GBP-OP-INPUT", "FMT-GRAPH-RESULT"], g,
                               lambda F, x, y, z: (x * y - 8, {"x": y, "y": x, "z": z * 0}), TOL_EXACT,
                               notes="dead = (-x)^y feeds nothing: it is outside G', and its partial with "
                                     "respect to the exponent (undefined at a negative base) is never taken. "
                                     "k = (-2)^3 is an ancestor of the output but no descendant of an input. "
                                     "z feeds nothing: its gradient is 0.")
    assert v == -2 and gr == {"x": 3, "y": 2, "z": 0} and vals["dead"] == -8

    g = {"nodes": [node("p", "input", value="2"), node("q", "input", value="0.5"), node("r", "input", value="-1.5"),
                   node("s", "input", value="0"), node("t", "input", value="2"), node("c2", "const", value="2"),
                   node("u1", "pow", "p", "q"), node("u2", "pow", "r", "c2"), node("u3", "pow", "s", "t"),
                   node("v1", "add", "u1", "u2"), node("f", "add", "v1", "u3")], "output": "f"}

    def powg(F, p, q, r, s, t):
        u1 = F.exp(q * F.ln(p))
        return u1 + r * r + 0, {"p": q * F.exp((q - 1) * F.ln(p)), "q": u1 * F.ln(p), "r": 2 * r,
                                "s": s * 0, "t": t * 0}
    graph_vector("graph-pow", "pow: a positive base with an input exponent, a negative base with a constant "
                              "exponent, a zero base with a positive input exponent",
                 ["GBP-OP-POW", "GBP-OP-ADD", "GBP-OP-CONST"], g, powg, TOL_TRANS,
                 notes="d(p^q)/dq = p^q ln p; (-1.5)^2 needs no exponent partial (the exponent is a const); "
                       "at s = 0, t = 2: d(s^t)/ds = t s^(t-1) = 0 and d(s^t)/dt is taken as 0.")

    g = {"nodes": [node("x", "input", value="1000"), node("s1", "sigmoid", "x"), node("nx", "neg", "x"),
                   node("s2", "sigmoid", "nx"), node("th", "tanh", "x"), node("ex", "exp", "nx"),
                   node("a1", "add", "s1", "s2"), node("a2", "add", "a1", "th"), node("f", "add", "a2", "ex")],
         "output": "f"}

    def sat(F, x):
        return (F.sigmoid(x) + F.sigmoid(-x) + F.tanh(x) + F.exp(-x),
                {"x": F.sigmoid_prime(x) - F.sigmoid_prime(-x) + F.tanh_prime(x) - F.exp(-x)})
    graph_vector("graph-saturation", "sigmoid, tanh and exp at +-1000: no overflow, no NaN",
                 ["GBP-OP-SIGMOID", "GBP-OP-TANH", "GBP-OP-EXP", "GBP-OP-NEG", "ACT-SIGMOID", "ACT-TANH"], g, sat,
                 TOL_TRANS,
                 notes="sigmoid(1000) + sigmoid(-1000) = 1 exactly; the gradient is 4e^-2000 - e^-1000 "
                       "(about -5.1e-435), which rounds to 0.")


# ----------------------------------------------------------------------------------------------------
# Output.
# ----------------------------------------------------------------------------------------------------

def dump(v, indent=0):
    """JSON with short arrays of numbers on one line."""
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        if len(v) <= 2 and all(isinstance(x, (int, float)) for x in v.values()):
            return "{" + ", ".join(json.dumps(k) + ": " + dump(x) for k, x in v.items()) + "}"
        items = [pad + "  " + json.dumps(k) + ": " + dump(x, indent + 1) for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, list):
        if all(not isinstance(x, (dict, list)) for x in v):
            return "[" + ", ".join(dump(x) for x in v) + "]"
        if all(isinstance(x, list) and all(not isinstance(y, (dict, list)) for y in x) for x in v):
            flat = "[" + ", ".join(dump(x) for x in v) + "]"
            if len(flat) + len(pad) < 110:
                return flat
        if all(isinstance(x, dict) and all(not isinstance(y, dict) for y in x.values()) for x in v):
            parts = ["{" + ", ".join(json.dumps(k) + ": " + dump(y) for k, y in x.items()) + "}" for x in v]
            if all(len(p) + len(pad) < 110 for p in parts):
                return "[\n" + ",\n".join(pad + "  " + p for p in parts) + "\n" + pad + "]"
        return "[\n" + ",\n".join(pad + "  " + dump(x, indent + 1) for x in v) + "\n" + pad + "]"
    if isinstance(v, float):
        assert math.isfinite(v)
        return repr(v)
    return json.dumps(v, ensure_ascii=False)


def main():
    worked_examples()
    coverage()
    ids = [v["id"] for v in VECTORS]
    assert len(ids) == len(set(ids))
    os.makedirs(OUT, exist_ok=True)
    for old in os.listdir(OUT):
        if old.endswith(".json"):
            os.remove(os.path.join(OUT, old))
    for v in VECTORS:
        text = dump(v) + "\n"
        assert json.loads(text) == json.loads(json.dumps(v))
        with open(os.path.join(OUT, v["id"] + ".json"), "w", encoding="utf-8") as fh:
            fh.write(text)
    with open(os.path.join(OUT, "index.json"), "w", encoding="utf-8") as fh:
        fh.write(dump({"vectors": sorted(i + ".json" for i in ids)}) + "\n")
    print("\n".join(REPORT))
    print("=" * 100)
    print("wrote %d vectors and index.json to %s" % (len(VECTORS), OUT))
    for v in VECTORS:
        print("  %-34s %-6s %-5s %s" % (v["id"], "exact" if "expected_exact" in v else "", "kinks" if v["kinks"] else "",
                                        v["tolerance"]))


if __name__ == "__main__":
    sys.exit(main())
