import typography from '@tailwindcss/typography';

/** @type {import('tailwindcss').Config} */
export default {
  content: ['./src/**/*.{astro,html,js,ts,mdx,md}', './content/**/*.mdx', './examples/*/content/**/*.mdx'],
  // Dark follows the device's setting unless the visitor chose a theme (class "light" or "dark" on <html>).
  darkMode: [
    'variant',
    ['@media (prefers-color-scheme: dark) { &:not(:is(.light, .light *)) }', '&:is(.dark, .dark *)'],
  ],
  theme: {
    extend: {
      colors: {
        brand: {
          50: '#eef3fc',
          100: '#d6e2f8',
          200: '#adc4f0',
          300: '#7d9fe4',
          400: '#4f78d6',
          500: '#2c57c2',
          600: '#1f43a3',
          700: '#1a3784',
          800: '#172f69',
          900: '#142852',
        },
        eu: { blue: '#003399', yellow: '#ffcc00' },
      },
      maxWidth: { prose: '72ch' },
    },
  },
  plugins: [typography],
};
