interface IconProps {
  /** The name a screen reader says; without one the icon is decoration. */
  label?: string
  className?: string
}

function Icon({ label, className, path }: IconProps & { path: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      {...(label === undefined ? { 'aria-hidden': true } : { role: 'img', 'aria-label': label })}
      focusable="false"
    >
      <path d={path} />
    </svg>
  )
}

const STAR = 'M8 1.2l2.1 4.3 4.7.7-3.4 3.3.8 4.7L8 12l-4.2 2.2.8-4.7L1.2 6.2l4.7-.7z'
const PIN =
  'M10.6 1.3l4.1 4.1-1.3.6-2.2 2.2.4 3.6-1.3 1.3L7.4 10 3.2 14.2H1.8v-1.4L6 8.6 3.1 5.7l1.3-1.3 3.6.4 2.2-2.2z'

/** A five-pointed star: filled for a favourite (the stroke-only one is the CSS's business). */
export function StarIcon(props: IconProps) {
  return <Icon {...props} path={STAR} />
}

/** A push pin, for a pinned report. */
export function PinIcon(props: IconProps) {
  return <Icon {...props} path={PIN} />
}
