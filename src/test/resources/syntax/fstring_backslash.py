f'{a\n}'
