# game_loop: a typical handheld game frame loop — sprite movement, AABB collisions, tile-map lookups.

TILE = 8
MAP_W, MAP_H = 40, 32
SCREEN_W, SCREEN_H = 160, 128


class Rng:
    # A small LCG, since CircuitPython's random cannot be seeded identically to CPython's.
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1664525 + 1013904223) & 0xFFFFFFFF
        return (self.state >> 16) % n


class Sprite:
    def __init__(self, x, y, dx, dy, kind):
        self.x = x
        self.y = y
        self.dx = dx
        self.dy = dy
        self.kind = kind
        self.alive = True
        self.w = 8
        self.h = 8

    def overlaps(self, other):
        return (self.x < other.x + other.w and other.x < self.x + self.w and
                self.y < other.y + other.h and other.y < self.y + self.h)


def make_map(rng):
    tiles = bytearray(MAP_W * MAP_H)
    for y in range(MAP_H):
        for x in range(MAP_W):
            if x == 0 or y == 0 or x == MAP_W - 1 or y == MAP_H - 1 or rng.next(16) == 0:
                tiles[y * MAP_W + x] = 1
    return tiles


def solid(tiles, px, py):
    tx = px // TILE
    ty = py // TILE
    if tx < 0 or ty < 0 or tx >= MAP_W or ty >= MAP_H:
        return True
    return tiles[ty * MAP_W + tx] != 0


def step(sprites, tiles, player, buttons, stats):
    if buttons & 1:
        player.dx = -2
    elif buttons & 2:
        player.dx = 2
    else:
        player.dx = 0
    player.dy = -2 if buttons & 4 else 2 if buttons & 8 else 0
    for s in sprites:
        if not s.alive:
            continue
        nx = s.x + s.dx
        ny = s.y + s.dy
        if solid(tiles, nx, s.y) or solid(tiles, nx + s.w - 1, s.y + s.h - 1):
            s.dx = -s.dx
            stats["bounces"] += 1
        else:
            s.x = nx
        if solid(tiles, s.x, ny) or solid(tiles, s.x + s.w - 1, ny + s.h - 1):
            s.dy = -s.dy
            stats["bounces"] += 1
        else:
            s.y = ny
    for s in sprites:
        if s is not player and s.alive and player.overlaps(s):
            if s.kind == "coin":
                s.alive = False
                stats["coins"] += 1
            else:
                stats["hits"] += 1


def visible_tiles(tiles, cam_x, cam_y):
    count = 0
    for ty in range(cam_y // TILE, (cam_y + SCREEN_H) // TILE):
        row = ty * MAP_W
        for tx in range(cam_x // TILE, (cam_x + SCREEN_W) // TILE):
            if tiles[row + tx]:
                count += 1
    return count


def run(frames):
    rng = Rng(2024)
    tiles = make_map(rng)
    player = Sprite(16, 16, 0, 0, "player")
    sprites = [player]
    while len(sprites) < 60:
        x = 8 + rng.next(MAP_W * TILE - 24)
        y = 8 + rng.next(MAP_H * TILE - 24)
        if not solid(tiles, x, y) and not solid(tiles, x + 7, y + 7):
            kind = "coin" if rng.next(3) == 0 else "enemy"
            sprites.append(Sprite(x, y, rng.next(3) - 1, rng.next(3) - 1, kind))
    stats = {"bounces": 0, "coins": 0, "hits": 0, "tiles": 0}
    buttons = 0
    for frame in range(frames):
        if frame % 24 == 0:
            buttons = rng.next(16)
        step(sprites, tiles, player, buttons, stats)
        cam_x = min(max(player.x - SCREEN_W // 2, 0), MAP_W * TILE - SCREEN_W)
        cam_y = min(max(player.y - SCREEN_H // 2, 0), MAP_H * TILE - SCREEN_H)
        if frame % 4 == 0:
            stats["tiles"] += visible_tiles(tiles, cam_x, cam_y)
    alive = len([s for s in sprites if s.alive])
    return sorted(stats.items()), alive, player.x, player.y


print(run(16000))
