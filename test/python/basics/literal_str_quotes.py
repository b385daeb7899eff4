# Single, double and triple quoted strings.
print('single')
print("double")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
s = '''triple
single'''
print(s)
d = """triple
double"""
print(d)
print('''a 'quoted' "word"''')
print("""line1\
 continued""")
print(len(''), len(""), len(''''''))
