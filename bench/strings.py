# strings: building, slicing, joining, searching and %/format formatting of text.


def make_line(i):
    name = "item%d" % i
    price = (i * 37) % 1000
    return "{:>8}|{:<6}|{:05d}|{}".format(name, price % 97, price, "x" * (i % 7))


def build_report(n):
    lines = []
    for i in range(n):
        lines.append(make_line(i))
    return "\n".join(lines)


def caesar(text, shift):
    out = []
    for ch in text:
        o = ord(ch)
        if 97 <= o <= 122:
            out.append(chr((o - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)


def count_stats(text):
    upper = text.upper()
    words = text.split("|")
    total = 0
    for w in words:
        total += len(w.strip())
    return len(upper), total, text.count("item1"), text.find("item777"), text.rfind("xx")


def concat_loop(n):
    s = ""
    for i in range(n):
        s += str(i % 10)
        if len(s) > 64:
            s = s[32:] + s[:8]
    return s


checksum = 0
for rnd in range(50):
    report = build_report(9000)
    checksum = (checksum * 31 + len(report)) % 1000003
    stats = count_stats(report)
    enc = caesar(report[:40000], rnd + 1)
    dec = caesar(enc, 26 - rnd - 1)
    assert dec == report[:40000]
    parts = report.replace("|", ",").split("\n")
    checksum = (checksum + sum([len(p) for p in parts[::7]])) % 1000003
    print(rnd, stats, enc[:24], "%s-%s" % (parts[5][:10], parts[-1][-10:]))
print(concat_loop(60000))
print("checksum %d" % checksum)
print("%-10s|%10.3f|%x|%o|%e" % ("end", 3.14159, 255, 8, 12345.678))
print(" ".join(["%3d" % i for i in range(10)]).upper(), "a,b,,c".split(","), "  pad  ".strip() + "!")
