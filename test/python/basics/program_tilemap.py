# 2D lists and string building: flood fill on a small tile map.
MAP = [
    '##########',
    '#....#...#',
    '#.##.#.#.#',
    '#.#..#.#.#',
    '#.#.##.#.#',
    '#...#..#.#',
    '##########',
]
grid = [list(row) for row in MAP]
stack = [(1, 1)]
filled = 0
while stack:
    x, y = stack.pop()
    if grid[y][x] != '.':
        continue
    grid[y][x] = 'o'
    filled += 1
    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        stack.append((x + dx, y + dy))
print('\n'.join(''.join(r) for r in grid))
print('filled', filled, 'left', sum(r.count('.') for r in grid))
