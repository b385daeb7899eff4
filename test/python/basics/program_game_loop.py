# A small deterministic game simulation: a snake moving on a grid and eating food.
W, H = 8, 6
snake = [(3, 3), (2, 3), (1, 3)]
direction = (1, 0)
food = [(6, 3), (6, 1), (1, 1)]
turns = {4: (0, -1), 6: (-1, 0), 11: (0, 1)}
score = 0
for tick in range(16):
    if tick in turns:
        direction = turns[tick]
    hx, hy = snake[0]
    head = ((hx + direction[0]) % W, (hy + direction[1]) % H)
    if head in snake:
        print('crash at', tick)
        break
    snake.insert(0, head)
    if food and head == food[0]:
        score += 10
        food.pop(0)
    else:
        snake.pop()
grid = [['.'] * W for _ in range(H)]
for x, y in snake:
    grid[y][x] = '#'
grid[snake[0][1]][snake[0][0]] = '@'
for x, y in food:
    grid[y][x] = '*'
print('\n'.join(''.join(row) for row in grid))
print('score', score, 'length', len(snake))
