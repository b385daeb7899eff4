// coroutine: what calling an `async def` function returns; the same object as a generator
// (objects/generator.ts) with a type that is awaitable rather than iterable.
import { finishNativeType } from './native-class';
import { makeNativeType } from './core';
import { PyGenerator, addGeneratorMethods } from './generator';
import { defineMethod } from './args';

export const coroutineType = makeNativeType('coroutine');
coroutineType.isBaseType = false;
coroutineType.repr = (g: PyGenerator) => `<coroutine object ${g.qualname}>`;
addGeneratorMethods(coroutineType);
// Awaiting a coroutine drives the coroutine itself; __await__ exposes it for hand-written loops.
defineMethod(coroutineType, '__await__(self)', (g: PyGenerator) => g);

finishNativeType(coroutineType);
