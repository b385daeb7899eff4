// time: the board's clocks (monotonic from its 1024 Hz tick, the RTC starting at 2000-01-01),
// read from the Runtime's clock, which is virtual in headless runs. reference: runtime-modules.md §1.
import { defineFunction, None, PyValue, newException, newOverflowError, newValueError, OverflowError } from '../../objects';
import type { Runtime } from '../../runtime/runtime';
import { float, toNumber } from '../args-util';
import type { NativeModule } from '../module-def';
import { civilFromDays, daysFromCivil, structTimeType, newStructTime, structTimeFields } from './struct-time';

/** The RTC's value at power-on: 2000-01-01 00:00:00. */
const RTC_EPOCH = 946684800;

function localtime(secs: number): PyValue {
  if (secs < RTC_EPOCH) throw newOverflowError('timestamp out of range for platform time_t');
  const days = Math.floor(secs / 86400);
  const rem = secs - days * 86400;
  const [y, m, d] = civilFromDays(days);
  const wday = (days + 3) % 7; // 1970-01-01 was a Thursday (3 with Monday = 0)
  const yday = days - daysFromCivil(y, 1, 1) + 1;
  return newStructTime([y, m, d, Math.floor(rem / 3600), Math.floor(rem / 60) % 60, rem % 60, wday, yday, -1]);
}

export const timeModule: NativeModule = {
  name: 'time',
  build(rt: Runtime) {
    const nowSeconds = () => RTC_EPOCH + Math.floor(rt.ms() / 1000);
    return {
      monotonic: defineFunction('monotonic()', () => float(rt.ms() / 1000)),
      monotonic_ns: defineFunction('monotonic_ns()', () => {
        // 1024 Hz ticks plus 32 subticks each, converted as the board converts them.
        const ns = rt.clock.nowNs();
        const ticks = Math.floor((ns * 1024) / 1e9);
        const subticks = Math.floor((ns * 32768) / 1e9) % 32;
        const v = BigInt(ticks) * 976562n + BigInt(ticks >> 1) + BigInt(subticks * 30518);
        return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v;
      }),
      sleep: defineFunction('sleep(seconds, /)', (seconds: PyValue) => {
        const ms = Math.floor(1000 * toNumber(seconds, 'seconds') + 0.5);
        if (ms < 0) throw newValueError('seconds must be >= 0');
        rt.sleepMs(ms);
        return None;
      }),
      time: defineFunction('time()', () => nowSeconds()),
      localtime: defineFunction('localtime(secs=None, /)', (secs: PyValue) =>
        localtime(secs === None ? nowSeconds() : Math.floor(toNumber(secs, 'secs')))),
      mktime: defineFunction('mktime(t, /)', (t: PyValue) => {
        const [y, m, d, hh, mm, ss] = structTimeFields(t);
        if (y < 2000) throw newException(OverflowError, 'timestamp out of range for platform time_t');
        return daysFromCivil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss;
      }),
      struct_time: structTimeType,
    };
  },
};
