# An uncaught TypeError from bad operand types.
score = 10
label = 'score: ' + str(score)
print(label)
total = score + label
