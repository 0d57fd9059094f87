# statistics on random data (ints, floats, Fractions, mixed): CPython's exact sums and roundings
import statistics as st
from fractions import Fraction as F
try:
    print('quantiles', repr(st.quantiles([84.254931, 41.2215, 84.1, 10.3126, 42.334, 77.0, 39.1, -0.026241])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('median', repr(st.median([F(9, 1), F(3, 2), F(5, 4), 3, F(4, 4), F(5, 2), 0.029751912282582338])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([F(-7, 1), F(-9, 4), F(-3, 1), F(6, 7), F(3, 7), F(-7, 4)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('variance', repr(st.variance([-0.41, -8.334, 73.0, 4.80561, 1.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([F(8, 4), F(5, 9)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([0.6437151237111671, 3])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([-8, -15, -2, 7, 36, 13, -19, 22, 17])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([6])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([39.8529, 43.2097, 4.931, 10.1, 24.2, 80.0, 69.8, 71.3367, 11.625])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('median', repr(st.median([36.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([10, 30, 12, 33])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('variance', repr(st.variance([4, 0.559366342824009, 3, 4, 2, F(7, 3), 8])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([0, 0.31890449029658585, 0.36777590019259965, 0.08492681894560117])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([-19, 28, 28, -19, -11, -10, -9])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('variance', repr(st.variance([33, 22, 29, 38])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([-0.783956, 46.6, 56.141, -7.54803, 2.417343, 57.595, 18.0, 30.5])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([8.66, 62.599, 44.8, 25.96567, 17.56592, 37.398481, 73.0, 86.83])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('variance', repr(st.variance([13.1, 44.611375, 89.0, 68.23, 80.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([81.399, 58.831, 63.9362])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([F(5, 6), F(-7, 1), F(-1, 1), F(-1, 6), F(0, 1), F(-5, 7), F(5, 4), F(-9, 5), F(-2, 3)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('median', repr(st.median([37])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('mean', repr(st.mean([95.43067, 11.785535, 42.3, 68.564521, 41.94195])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([24, 49, 46, 44])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([0.8487618401045518, F(7, 2)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([0.5688140440931452, F(3, 1), 0.2132965791396192, F(5, 3), 0.3485070430093947, 5])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([F(4, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([41.7618, 89.0624])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([94.032, 53.68463, -0.5, 38.3364, 21.91866, 51.8, 47.5061])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([63.842852, 85.7077, 12.906353, 5.5265])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('mean', repr(st.mean([5, 32, 48, -6, 44, -20, 28])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([9, 8, 0.4930365691108076, F(3, 4), 0, 0.15552906116291376, 0.24446665957395974, F(8, 3)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([F(-9, 7), F(4, 9), F(-4, 9), F(-3, 9), F(-3, 9), F(-3, 9)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([15.59242, 59.07])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([20, 4, 7, 4, -8, -3, 10, -4, -9])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([81.539, 49.76044, 3.86, 59.079198, -8.0, 52.69])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([F(-6, 9), F(1, 9), F(-3, 2), F(6, 2), F(-9, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('mode', repr(st.mode([89.561, 6.1, 2.6, 82.42, 92.0, 53.8, 94.664, -1.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([46.682, 13.11, -8.54294, -5.5, 9.94, 29.55])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('median', repr(st.median([2, 0.5696839585870888, 4, 5, 0.20682877095516283, F(0, 3), 0.04956980967601532, F(9, 2), F(7, 2)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([F(-9, 2), F(-6, 4), F(-1, 8), F(3, 9), F(-8, 4), F(3, 1), F(-6, 5), F(-1, 5), F(1, 9)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([52.0, 60.181386, 60.912, 55.729024, 95.088, 92.3, 32.4, 84.124])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('fmean', repr(st.fmean([93.98, 21.288, 55.76, 48.345, 62.0623, 92.24229])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('fmean', type(e).__name__, e)
try:
    print('mean', repr(st.mean([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('median', repr(st.median([F(-8, 3), F(4, 7), F(-8, 6), F(3, 1), F(9, 6), F(-7, 4), F(4, 8), F(-1, 4), F(-8, 9)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([2, 9, 0.5280997094118902, F(7, 3), 0.6820063249731944, F(1, 3), F(4, 3)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([F(-3, 5), F(-2, 4), F(-2, 9), F(-3, 1), F(-8, 1), F(-1, 5), F(4, 1), F(-8, 2), F(-2, 9)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('mode', repr(st.mode([41, 41, 25, 6, 23])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([82.0, 78.248])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([F(5, 7), F(-1, 7), F(-5, 6)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([25.793, 73.488363, 91.291, 61.9187, 0.67, -1.0, 37.5187, 43.33425, 40.986357])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('fmean', repr(st.fmean([7, -10, 18, 43])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('fmean', type(e).__name__, e)
try:
    print('variance', repr(st.variance([F(0, 3), F(-2, 6), F(1, 6), F(-6, 6), F(5, 5)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('mode', repr(st.mode([40.4, 33.95509, 88.4, -0.728417])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([29, 4, 27, 29, 49, -1])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([9.425141, 39.980613])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('mean', repr(st.mean([F(7, 1), F(8, 3), F(9, 5)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([-2.9538, 23.6022, -1.0, 20.0, 89.0, -7.14442])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([11, 8, 42, 46, 23, 38])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([63.963, 43.684527, 69.30286, 58.0, 35.166609])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([87.7512])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([-19, -6, 33, 33, -2])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([F(-4, 6), F(-3, 7), F(4, 9), F(0, 5), F(-8, 8), F(0, 2)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('variance', repr(st.variance([90.341514, 40.4635])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('mode', repr(st.mode([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([25, 7])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([45, 8, 36, 3, 15, 31, 2])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([F(8, 9), F(6, 5), F(6, 7), F(1, 9)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([0.39942549951156125, F(4, 1), 0.8921953291511323, 0.7132874907660364, F(2, 3), F(9, 3), 8])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([F(-5, 2), F(2, 5)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('median', repr(st.median([F(6, 8)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([8, 6, 0, F(6, 1), 4, F(6, 4), F(0, 4), 0.23747794548770995, 0.8560657053561822])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([72.47, 73.0414, 63.34, 10.752, 70.46, 24.07, 51.90891, 60.436])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([5.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([9.786, -5.988])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([F(-2, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([F(5, 4), 0.6472475395012885, F(9, 1), F(5, 2), 9, F(7, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([17, -7, 0, 12, 48])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([25, 44, 45])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([98.5456, 99.81964, 81.9])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([F(7, 4), 0.32918461480555883, F(2, 2)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([51.64])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([F(0, 3), 5, 2, F(2, 3), 6])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('mode', repr(st.mode([48.0, 52.6])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('variance', repr(st.variance([16.85, -4.117965, -5.83505, 76.626])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('median', repr(st.median([27.999, 90.4361, 73.383802, 20.972, 82.206572, 65.931093, 37.7352])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([5, F(4, 4), 6, 1, F(8, 2), F(3, 1), 5, F(1, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('median', repr(st.median([38, -20, 17, 11, 18, -17, 21, 2])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('variance', repr(st.variance([79.699, 5.54069, 54.0, 23.685, 88.84, 25.7, 92.732987])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([0.8590065309602694, F(0, 2), 8])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([15, 33, -3, 22, 36])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([19, -5, 5])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('mode', repr(st.mode([44, 17, 14])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('mean', repr(st.mean([F(-6, 9), F(-2, 5), F(-4, 4), F(-1, 3), F(-7, 8), F(-7, 8), F(7, 2), F(7, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([49.098, 78.0, 8.09644, 10.8])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('mean', repr(st.mean([F(-8, 8), F(9, 7)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('mode', repr(st.mode([0.17989506620188767, F(8, 3), F(8, 2), F(6, 2), 0.54782253334693, 0.5441589595469513, 0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([45.40851, 18.924008, -7.0, 89.8037, 60.3851, 77.1])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([34, -15, 20, 47])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('fmean', repr(st.fmean([43, -9, 45, 1, 28, 12, 11, 0, 43])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('fmean', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([77.0, 24.738, 30.1, 67.0, 4.125918, 73.7, 5.904, 47.0, -9.632])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('variance', repr(st.variance([33.22])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('fmean', repr(st.fmean([96.88051])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('fmean', type(e).__name__, e)
try:
    print('fmean', repr(st.fmean([F(-2, 5), F(-1, 2), F(8, 4), F(4, 8), F(-7, 4), F(2, 5), F(1, 4), F(-8, 3), F(3, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('fmean', type(e).__name__, e)
try:
    print('mode', repr(st.mode([2, 39, 30, 7, 28, 28, -14, 7, 33])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('variance', repr(st.variance([0, 41, 6, 31, 7, 39, 19, 40])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('median', repr(st.median([84.9, 49.436])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([26, 15, -18, 46])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([F(3, 4), F(-1, 2), F(2, 1), F(-5, 6), F(-5, 4), F(-6, 1), F(1, 7), F(5, 2)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([0.7707136636873911, 6, 2, F(7, 2), 8])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([48, 37, 31, -3])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('mean', repr(st.mean([14.86, 30.751, 14.0, 83.30303, 59.3433])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('median', repr(st.median([F(-7, 4), F(8, 6), F(-6, 6), F(-2, 5)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('mean', repr(st.mean([F(3, 8)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([21.30214, 20.8, 91.8, 42.3, 28.57902])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('median', repr(st.median([89.826449, 6.5872, 18.270505, 50.85085, 90.602])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('mean', repr(st.mean([90.37])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([22.99906, 25.81, -2.0, 28.18, 52.23, 79.7, 60.655, 57.68, -6.58684])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([35.71, -2.483, 86.77, 96.296, -5.8, 65.18, 23.95, 42.0, 6.5])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([10, 46, -20])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([-9.6153, 44.29728, 74.0, 58.6825, 87.2566, 96.57])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('mode', repr(st.mode([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([F(3, 3), F(-3, 3), F(-4, 6)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([22.305, 21.42792, 63.483, 16.1, 29.84434, 9.5564, 71.0, 98.808519, 1.24508])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('mode', repr(st.mode([45, 41, -15, 0, 32, 41, -14])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([30, 12, 12, 27, 21, 3, 22, 6])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([52.422, 60.5])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('variance', repr(st.variance([F(-4, 3), F(-3, 7), F(0, 4), F(-4, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([19.48, 36.1234])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('mean', repr(st.mean([-4.64288, 99.707822])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([48, -5, 31, 22, -17])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([9.0, 24.012073, 85.67907, 21.211, 69.406, 74.191, 32.82822])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([38.647019, 1.78])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([7.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('median', repr(st.median([20.115, 20.1])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('variance', repr(st.variance([50.6625, -4.0, -9.215755, 24.0, -9.56])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([32, 41, -16])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([34.0, 13.6442, 62.2575, 17.8, 93.276888, 17.453943, 38.752073, 93.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('variance', repr(st.variance([0.11877614762511213, F(4, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('harmonic_mean', repr(st.harmonic_mean([-12, 26, -19])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('harmonic_mean', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([77.15183, 44.45, 78.338742])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([F(6, 7)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([F(-9, 1), F(9, 3), F(-2, 6), F(3, 6)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('fmean', repr(st.fmean([58.96, 28.95, -2.66617, 25.0, 19.1])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('fmean', type(e).__name__, e)
try:
    print('fmean', repr(st.fmean([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('fmean', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([6, 2, 24, -7])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([3, 35, -18, -19, 31])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([21])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([F(-9, 3), F(1, 2), F(9, 2)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([0.9626657213173301, 0.8125831952196922, 2, F(0, 2), F(7, 4), 0.9248124369542119])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([45.166, 56.0732, -5.0, 48.103, 39.1496, -5.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('mean', repr(st.mean([39, 22, 12, 20, 4, 40, 50, 31])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([7, 1])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([12, 46, 24, 38, 6])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([5, 42, 15, 10, -11, -7])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([86.0, 77.996613, -3.84624, 50.0, 77.6, 79.3, 1.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([16, -5, 33])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('geometric_mean', repr(st.geometric_mean([])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('geometric_mean', type(e).__name__, e)
try:
    print('mode', repr(st.mode([89.0, -0.28809, 12.74114, 24.80455, 96.7192, 63.524, 31.603903])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('mean', repr(st.mean([62.4, 66.4, 74.3, 66.313])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mean', type(e).__name__, e)
try:
    print('mode', repr(st.mode([13])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([24.0, 99.43214, 12.61218, 29.64, 74.7])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('variance', repr(st.variance([34, 27, 32, 15])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('mode', repr(st.mode([-8])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([15.8566, 3.0, 85.99, 95.0, 64.435, 14.82])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([8, 37, -12, 26, 33, 22])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([22.22512, -8.6042, 16.919, 31.2316])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('pstdev', repr(st.pstdev([F(1, 1), 0.45312596780448, 0, 0.4691893165747858, 8, 0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pstdev', type(e).__name__, e)
try:
    print('variance', repr(st.variance([100.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([46.9642, 13.04, 81.3402])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([-20])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([0.6633605942967186, 7, 1, 4, 0.23786443568556426, 0.7774768490038901, 0, F(2, 1), 0.1439585907035812])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('median_high', repr(st.median_high([35.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_high', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([28])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('median_grouped', repr(st.median_grouped([-17, 31, -6, 43, 18, 49, -15, 29, 33])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_grouped', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([48, -6, 33, 22])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('variance', repr(st.variance([94.1093, 98.0, 33.39, 19.4159, 18.41, -0.709793, 42.46, 61.36])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([47, -13, 0, 47])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('mode', repr(st.mode([80.05146, 0.91, -6.44, 43.2, 47.186, 44.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('mode', repr(st.mode([-9.2214])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('multimode', repr(st.multimode([F(4, 2), 9, 8, F(4, 4), 5])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('multimode', type(e).__name__, e)
try:
    print('variance', repr(st.variance([0.032536643127810794, 0.05674042552504399, F(2, 3), F(3, 1)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('variance', repr(st.variance([9.0])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('median', repr(st.median([31.562, 64.490362])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
try:
    print('mode', repr(st.mode([81.89657])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('mode', type(e).__name__, e)
try:
    print('variance', repr(st.variance([68.31703, 3.02, 66.00276, 51.622305, 13.226, 25.7, 82.0, 7.06])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('variance', type(e).__name__, e)
try:
    print('median_low', repr(st.median_low([92.4, 64.18, 44.29853, 77.8541, 76.0, 50.449644])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median_low', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([F(-3, 1), F(2, 3), F(2, 7), F(9, 9), F(3, 8)])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([29.4091, 6.26174, 97.87, -0.055, 15.69, 28.597, 53.25])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('quantiles', repr(st.quantiles([28, 11, 7, 35])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('quantiles', type(e).__name__, e)
try:
    print('pvariance', repr(st.pvariance([9.769, 90.06, 33.0, 15.445377, 58.19361, 23.720425, 6.52939, 28.7])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('pvariance', type(e).__name__, e)
try:
    print('stdev', repr(st.stdev([6.671198, 29.25, 0.744758, 7.2, 84.72727, 57.0, 7.9])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('stdev', type(e).__name__, e)
try:
    print('median', repr(st.median([21, 26, -7, 17, 13])))
except (st.StatisticsError, TypeError, ValueError, ZeroDivisionError) as e:
    print('median', type(e).__name__, e)
